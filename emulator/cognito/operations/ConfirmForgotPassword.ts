import type {
  ConfirmForgotPasswordRequest,
  ConfirmForgotPasswordResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { confirmForgotPassword } from '../self-service';
import { clientIdLimit, codeLimit, passwordLimit, requireClient, usernameLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  ConfirmForgotPasswordRequest,
  'ClientId' | 'Username' | 'ConfirmationCode' | 'Password'
>;

/** ConfirmForgotPassword: the mailed code and a new password (revokes the refresh tokens). */
export const ConfirmForgotPassword = defineOperation<Request, ConfirmForgotPasswordResponse>({
  auth: 'public',
  read: (input) => ({
    ClientId: input.string('ClientId', clientIdLimit),
    Username: input.string('Username', usernameLimit),
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
    Password: input.string('Password', passwordLimit),
  }),
  run: async (ctx, r) => {
    requireClient(ctx, r.ClientId);
    await confirmForgotPassword(ctx, r.Username, r.ConfirmationCode, r.Password);
    return {};
  },
});
