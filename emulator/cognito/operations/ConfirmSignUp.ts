import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { confirmSignUp } from '../self-service';
import { codeLimit, readClientAndUsername, requireClientOf } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  Sdk.ConfirmSignUpRequest,
  'ClientId' | 'Username' | 'ConfirmationCode',
  'SecretHash' | 'ForceAliasCreation'
>;

/** ConfirmSignUp: the code confirms the account and verifies the attribute it was sent to. */
export const ConfirmSignUp = defineOperation<Request, Sdk.ConfirmSignUpResponse>({
  auth: 'public',
  read: (input) => ({
    ...readClientAndUsername(input),
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
    ForceAliasCreation: input.flag('ForceAliasCreation'),
  }),
  run: (ctx, r) => {
    requireClientOf(ctx, r);
    confirmSignUp(ctx, r.Username, r.ConfirmationCode, r.ForceAliasCreation);
    return {};
  },
});
