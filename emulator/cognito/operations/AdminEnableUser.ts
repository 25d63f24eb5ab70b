import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminSetEnabled } from '../admin-users';
import { defineUserOperation } from './members';

/** AdminEnableUser: the user may sign in again (revoked tokens stay revoked). */
export const AdminEnableUser = defineUserOperation<
  Sdk.AdminEnableUserRequest,
  Sdk.AdminEnableUserResponse
>((ctx, username) => (adminSetEnabled(ctx, username, true), {}));
