import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminSetUserPassword } from '../admin-users';
import { passwordLimit, usernameLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.AdminSetUserPasswordRequest, 'Username' | 'Password' | 'Permanent'>;

/** AdminSetUserPassword: a permanent password (CONFIRMED) or a new temporary one. */
export const AdminSetUserPassword = defineOperation<Request, Sdk.AdminSetUserPasswordResponse>({
  auth: 'iam',
  read: (input) => ({
    Username: input.string('Username', usernameLimit),
    Password: input.string('Password', passwordLimit),
    Permanent: input.flag('Permanent'),
  }),
  run: async (ctx, r) => {
    await adminSetUserPassword(ctx, r.Username, r.Password, r.Permanent);
    return {};
  },
});
