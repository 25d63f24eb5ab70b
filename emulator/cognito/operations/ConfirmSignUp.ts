import type {
  ConfirmSignUpRequest,
  ConfirmSignUpResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { confirmSignUp } from '../self-service';
import { clientIdLimit, codeLimit, requireClient, usernameLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<ConfirmSignUpRequest, 'ClientId' | 'Username' | 'ConfirmationCode'>;

/** ConfirmSignUp: the mailed code verifies the email and confirms the account. */
export const ConfirmSignUp = defineOperation<Request, ConfirmSignUpResponse>({
  auth: 'public',
  read: (input) => ({
    ClientId: input.string('ClientId', clientIdLimit),
    Username: input.string('Username', usernameLimit),
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
  }),
  run: (ctx, r) => {
    requireClient(ctx, r.ClientId);
    confirmSignUp(ctx, r.Username, r.ConfirmationCode);
    return {};
  },
});
