import type { AdminDeleteUserRequest } from '@aws-sdk/client-cognito-identity-provider';
import { adminDeleteUser } from '../admin-users';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation, type EmptyResponse } from './operation';

/** AdminDeleteUser: the user goes, and their refresh tokens stop working. */
export const AdminDeleteUser = defineOperation<
  UsernameRequest<AdminDeleteUserRequest>,
  EmptyResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => (adminDeleteUser(ctx, r.Username), {}),
});
