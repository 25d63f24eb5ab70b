import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { revokeAllFamilies } from '../self-service';
import { recordSignInEvent } from '../sign-in-events';
import { defineUserOperation } from './members';

/** AdminUserGlobalSignOut: revokes every token family of the named user. */
export const AdminUserGlobalSignOut = defineUserOperation<
  Sdk.AdminUserGlobalSignOutRequest,
  Sdk.AdminUserGlobalSignOutResponse
>((ctx, name) => {
  const { username } = requireUser(ctx, name);
  revokeAllFamilies(ctx, username);
  recordSignInEvent(ctx, username, 'signed-out', 'Signed out everywhere by an administrator.');
  return {};
});
