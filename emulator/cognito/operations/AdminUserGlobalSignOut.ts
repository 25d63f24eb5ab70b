import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { revokeAllFamilies } from '../self-service';
import { defineUserOperation } from './members';

/** AdminUserGlobalSignOut: revokes every token family of the named user. */
export const AdminUserGlobalSignOut = defineUserOperation<
  Sdk.AdminUserGlobalSignOutRequest,
  Sdk.AdminUserGlobalSignOutResponse
>((ctx, username) => (revokeAllFamilies(ctx, requireUser(ctx, username).username), {}));
