import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { confirmSignUp } from '../self-service';
import { codeLimit, defineClientUserCall } from './members';
import type { Checked } from './operation';

type Request = Checked<Sdk.ConfirmSignUpRequest, 'ConfirmationCode' | 'ForceAliasCreation'>;

/** ConfirmSignUp: the code confirms the account and verifies the attribute it was sent to. */
export const ConfirmSignUp = defineClientUserCall<Request, Sdk.ConfirmSignUpResponse>({
  read: (input) => ({
    ConfirmationCode: input.string('ConfirmationCode', codeLimit),
    ForceAliasCreation: input.flag('ForceAliasCreation'),
  }),
  run: async (ctx, { Username, ConfirmationCode, ForceAliasCreation, ClientId }) => {
    await confirmSignUp(ctx, Username, ConfirmationCode, ForceAliasCreation, ClientId);
    return {};
  },
});
