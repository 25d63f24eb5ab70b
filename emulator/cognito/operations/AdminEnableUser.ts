import type {
  AdminEnableUserRequest,
  AdminEnableUserResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { adminSetEnabled } from '../admin-users';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation } from './operation';

/** AdminEnableUser: the user may sign in again (revoked tokens stay revoked). */
export const AdminEnableUser = defineOperation<
  UsernameRequest<AdminEnableUserRequest>,
  AdminEnableUserResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => (adminSetEnabled(ctx, r.Username, true), {}),
});
