import type {
  AdminDisableUserRequest,
  AdminDisableUserResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { adminSetEnabled } from '../admin-users';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation } from './operation';

/** AdminDisableUser: no more sign-ins, and every token of the user is revoked. */
export const AdminDisableUser = defineOperation<
  UsernameRequest<AdminDisableUserRequest>,
  AdminDisableUserResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => (adminSetEnabled(ctx, r.Username, false), {}),
});
