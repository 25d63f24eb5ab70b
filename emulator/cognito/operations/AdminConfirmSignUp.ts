import type {
  AdminConfirmSignUpRequest,
  AdminConfirmSignUpResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { adminConfirmSignUp } from '../admin-users';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation } from './operation';

/** AdminConfirmSignUp: confirms an UNCONFIRMED user without a code. */
export const AdminConfirmSignUp = defineOperation<
  UsernameRequest<AdminConfirmSignUpRequest>,
  AdminConfirmSignUpResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => (adminConfirmSignUp(ctx, r.Username), {}),
});
