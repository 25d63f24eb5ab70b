import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminCreateUser } from '../admin-users';
import { passwordLimit, usernameLimit, type WithAttributes } from './members';
import { defineOperation, type Checked } from './operation';

type Request = WithAttributes<
  Checked<Sdk.AdminCreateUserRequest, 'Username', 'TemporaryPassword' | 'MessageAction'>
>;

/** AdminCreateUser: FORCE_CHANGE_PASSWORD with a temporary password (mailed unless SUPPRESS). */
export const AdminCreateUser = defineOperation<Request, Sdk.AdminCreateUserResponse>({
  auth: 'iam',
  read: (input) => ({
    Username: input.string('Username', usernameLimit),
    UserAttributes: input.attributes('UserAttributes'),
    TemporaryPassword: input.optionalString('TemporaryPassword', passwordLimit),
    MessageAction: input.optionalEnum('MessageAction', ['RESEND', 'SUPPRESS'], 16),
  }),
  run: (ctx, r) =>
    adminCreateUser(ctx, {
      username: r.Username,
      attributes: r.UserAttributes,
      temporaryPassword: r.TemporaryPassword,
      messageAction: r.MessageAction,
    }),
});
