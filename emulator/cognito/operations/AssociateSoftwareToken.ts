import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { associateSoftwareToken } from '../mfa/software-token';
import { defineOperation } from './operation';
import {
  nextSetupSession,
  principalOf,
  readTokenOrSession,
  type TokenOrSession,
} from './token-or-session';

/**
 * AssociateSoftwareToken: a new base32 secret for an authenticator app, for the caller of an
 * access token or the user of an MFA_SETUP Session (then with the Session to verify with).
 */
export const AssociateSoftwareToken = defineOperation<
  TokenOrSession,
  Sdk.AssociateSoftwareTokenResponse,
  'public'
>({
  auth: 'public',
  read: readTokenOrSession,
  run(ctx, r) {
    const { user, session } = principalOf(ctx, r);
    const SecretCode = associateSoftwareToken(ctx, user);
    if (!session) return { SecretCode };
    return { SecretCode, Session: nextSetupSession(ctx, user, session, false) };
  },
});
