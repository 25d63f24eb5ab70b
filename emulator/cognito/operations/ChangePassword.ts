import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { changePassword } from '../account-self-service';
import { passwordLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.ChangePasswordRequest, 'PreviousPassword' | 'ProposedPassword'>;

/** ChangePassword: the caller's previous password, then a new one meeting the policy. */
export const ChangePassword = defineOperation<Request, Sdk.ChangePasswordResponse, 'accessToken'>({
  auth: 'accessToken',
  read: (input) => ({
    PreviousPassword: input.string('PreviousPassword', passwordLimit),
    ProposedPassword: input.string('ProposedPassword', passwordLimit),
  }),
  run: async (ctx, r, caller) => {
    await changePassword(ctx, caller, r.PreviousPassword, r.ProposedPassword);
    return {};
  },
});
