import type {
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { resendConfirmationCode } from '../self-service';
import { readClientAndUsername, requireClient } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<ResendConfirmationCodeRequest, 'ClientId' | 'Username'>;

/** ResendConfirmationCode: a new sign-up code; unknown users get the same answer. */
export const ResendConfirmationCode = defineOperation<Request, ResendConfirmationCodeResponse>({
  auth: 'public',
  read: readClientAndUsername,
  run: (ctx, r) => {
    requireClient(ctx, r.ClientId);
    return resendConfirmationCode(ctx, r.Username);
  },
});
