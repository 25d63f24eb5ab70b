import type {
  AdminGetUserRequest,
  AdminGetUserResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { adminGetUser } from '../admin-users';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation } from './operation';

/** AdminGetUser: status and attributes (no PreventUserExistenceErrors for admins). */
export const AdminGetUser = defineOperation<
  UsernameRequest<AdminGetUserRequest>,
  AdminGetUserResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => adminGetUser(ctx, r.Username),
});
