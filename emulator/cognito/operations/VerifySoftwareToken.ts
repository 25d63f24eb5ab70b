import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { verifySoftwareToken } from '../mfa/software-token';
import { defineOperation } from './operation';
import {
  nextSetupSession,
  principalOf,
  readTokenOrSession,
  type TokenOrSession,
} from './token-or-session';

type Request = TokenOrSession & { UserCode: string; FriendlyDeviceName?: string | undefined };

/**
 * VerifySoftwareToken: a first code from the secret AssociateSoftwareToken gave makes it the
 * user's token. With a Session, the answer carries the Session to finish MFA_SETUP with.
 */
export const VerifySoftwareToken = defineOperation<
  Request,
  Sdk.VerifySoftwareTokenResponse,
  'public'
>({
  auth: 'public',
  read(input) {
    const r = readTokenOrSession(input);
    const UserCode = input.string('UserCode', 6, 6);
    if (!/^[0-9]+$/.test(UserCode))
      throw new CognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
      );
    return { ...r, UserCode, FriendlyDeviceName: input.optionalString('FriendlyDeviceName', 256) };
  },
  async run(ctx, r) {
    const { user, session } = principalOf(ctx, r);
    const verified = await verifySoftwareToken(ctx, user, r.UserCode, r.FriendlyDeviceName);
    if (!session) return { Status: 'SUCCESS' };
    return { Status: 'SUCCESS', Session: nextSetupSession(ctx, verified, session, true) };
  },
});
