import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { revokeAllFamilies } from '../self-service';
import { defineCallerOperation } from './members';

/** GlobalSignOut: revokes every refresh token (and, for Cognito's endpoints, access token). */
export const GlobalSignOut = defineCallerOperation<Sdk.GlobalSignOutResponse>((ctx, caller) => {
  revokeAllFamilies(ctx, caller.username);
  return {};
});
