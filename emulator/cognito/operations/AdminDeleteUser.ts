import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminDeleteUser } from '../admin-users';
import { defineUserOperation } from './members';
import type { EmptyResponse } from './operation';

/** AdminDeleteUser: the user goes, and their refresh tokens stop working. */
export const AdminDeleteUser = defineUserOperation<Sdk.AdminDeleteUserRequest, EmptyResponse>(
  (ctx, username) => (adminDeleteUser(ctx, username), {}),
);
