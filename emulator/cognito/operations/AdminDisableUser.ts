import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminSetEnabled } from '../admin-users';
import { defineUserOperation } from './members';

/** AdminDisableUser: no more sign-ins, and every token of the user is revoked. */
export const AdminDisableUser = defineUserOperation<
  Sdk.AdminDisableUserRequest,
  Sdk.AdminDisableUserResponse
>((ctx, username) => (adminSetEnabled(ctx, username, false), {}));
