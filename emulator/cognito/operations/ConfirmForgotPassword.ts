import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { confirmForgotPassword } from '../self-service';
import { codeLimit, passwordLimit, readClientAndUsername, requireClient } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  Sdk.ConfirmForgotPasswordRequest,
  'ClientId' | 'Username' | 'ConfirmationCode' | 'Password'
>;

/** ConfirmForgotPassword: the mailed code and a new password (revokes the refresh tokens). */
export const ConfirmForgotPassword = defineOperation<Request, Sdk.ConfirmForgotPasswordResponse>({
  auth: 'public',
  read: (input) => ({
    ...readClientAndUsername(input),
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
    Password: input.string('Password', passwordLimit),
  }),
  run: async (ctx, r) => {
    requireClient(ctx, r.ClientId);
    await confirmForgotPassword(ctx, r.Username, r.ConfirmationCode, r.Password, r.ClientId);
    return {};
  },
});
