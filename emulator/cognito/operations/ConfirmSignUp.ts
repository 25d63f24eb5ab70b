import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { confirmSignUp } from '../self-service';
import { codeLimit, readClientAndUsername, requireClient } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.ConfirmSignUpRequest, 'ClientId' | 'Username' | 'ConfirmationCode'>;

/** ConfirmSignUp: the mailed code verifies the email and confirms the account. */
export const ConfirmSignUp = defineOperation<Request, Sdk.ConfirmSignUpResponse>({
  auth: 'public',
  read: (input) => ({
    ...readClientAndUsername(input),
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
  }),
  run: async (ctx, r) => {
    requireClient(ctx, r.ClientId);
    await confirmSignUp(ctx, r.Username, r.ConfirmationCode, r.ClientId);
    return {};
  },
});
