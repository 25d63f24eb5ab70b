import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { revokeAllFamilies } from '../self-service';
import { recordSignInEvent } from '../sign-in-events';
import { defineCallerOperation } from './members';

/** GlobalSignOut: revokes every refresh token (and, for Cognito's endpoints, access token). */
export const GlobalSignOut = defineCallerOperation<Sdk.GlobalSignOutResponse>((ctx, caller) => {
  revokeAllFamilies(ctx, caller.username);
  recordSignInEvent(ctx, caller.username, 'signed-out', 'Global sign-out.');
  return {};
});
