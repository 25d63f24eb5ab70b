import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { confirmForgotPassword } from '../self-service';
import { codeLimit, defineClientUserCall, passwordLimit } from './members';
import type { Checked } from './operation';

/** ConfirmForgotPassword: the mailed code and a new password (revokes the refresh tokens). */
export const ConfirmForgotPassword = defineClientUserCall<
  Checked<Sdk.ConfirmForgotPasswordRequest, 'ConfirmationCode' | 'Password'>,
  Sdk.ConfirmForgotPasswordResponse
>({
  read: (input) => ({
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
    Password: input.string('Password', passwordLimit),
  }),
  run: async (ctx, r) => {
    await confirmForgotPassword(ctx, r.Username, r.ConfirmationCode, r.Password, r.ClientId);
    return {};
  },
});
