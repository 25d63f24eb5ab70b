import type {
  ForgotPasswordRequest,
  ForgotPasswordResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { forgotPassword } from '../self-service';
import { readClientAndUsername, requireClient } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<ForgotPasswordRequest, 'ClientId' | 'Username'>;

/** ForgotPassword: mails a reset code when the account can be reset; same answer otherwise. */
export const ForgotPassword = defineOperation<Request, ForgotPasswordResponse>({
  auth: 'public',
  read: readClientAndUsername,
  run: (ctx, r) => {
    requireClient(ctx, r.ClientId);
    return forgotPassword(ctx, r.Username);
  },
});
