// Registering an authenticator app: AssociateSoftwareToken hands out a new secret, a right code
// from it (VerifySoftwareToken) makes it the user's token. The JSON operations and the hosted
// setup page both call these.
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { MfaMethod, UserRecord } from '../pool-state';
import { failCodeAttempt } from './fail-code-attempt';
import { softwareTokenEnabled } from './mfa-factors';
import { generateTotpSecret, matchTotpStep } from './totp';

export const softwareTokenNotEnabled = 'Software Token MFA has not been enabled by the userPool.';
export const verifyMismatch = 'Code mismatch and fail enable Software Token MFA';
export const tokenAlreadyUsed = 'Your software token has already been used once.';
export const codeMismatch = 'Invalid code received for user';

/** The new secret for `user` (replacing any unverified one); a verified token stays until then. */
export function associateSoftwareToken(ctx: PoolContext, user: UserRecord): string {
  if (!softwareTokenEnabled(ctx.config))
    throw new CognitoError('SoftwareTokenMFANotFoundException', softwareTokenNotEnabled);
  // Randomness from ctx.ids, so tests can make it predictable.
  const secret = generateTotpSecret((n) => Buffer.from(ctx.ids.secret(n), 'base64url'));
  ctx.repo.updateUser(user.username, { pendingTotpSecret: secret });
  return secret;
}

const withMethod = (list: readonly MfaMethod[] | undefined, m: MfaMethod) =>
  list?.includes(m) ? [...list] : [...(list ?? []), m];

/**
 * Checks a first code from the pending secret. A right one makes it the user's token and turns
 * TOTP on (reference §9 #7); a wrong one is EnableSoftwareTokenMFAException and counts toward the
 * sign-in lockout, like a wrong password.
 */
export async function verifySoftwareToken(
  ctx: PoolContext,
  user: UserRecord,
  code: string,
  friendlyDeviceName: string | undefined,
): Promise<UserRecord> {
  if (!softwareTokenEnabled(ctx.config))
    throw new CognitoError('SoftwareTokenMFANotFoundException', softwareTokenNotEnabled);
  const attempt = await ctx.throttle.admit(`user:${user.username}`);
  const current = ctx.repo.user(user.username);
  const secret = current?.pendingTotpSecret;
  if (!current || secret === undefined) {
    attempt.succeeded();
    throw new CognitoError(
      'InvalidParameterException',
      'Call AssociateSoftwareToken before VerifySoftwareToken.',
    );
  }
  const match = matchTotpStep(secret, code, ctx.clock.now());
  if (!match || 'replayed' in match) {
    failCodeAttempt(
      ctx,
      user.username,
      attempt,
      new CognitoError('EnableSoftwareTokenMFAException', verifyMismatch),
    );
  }
  attempt.succeeded();
  return ctx.repo.updateUser(user.username, (u) => ({
    pendingTotpSecret: undefined,
    softwareToken: { secret, friendlyDeviceName, lastUsedStep: match.step },
    mfaEnabled: withMethod(u.mfaEnabled, 'SOFTWARE_TOKEN_MFA'),
  }));
}

/**
 * Checks a sign-in code from the user's token: a code from a step already used is refused
 * (ExpiredCodeException), a wrong one is CodeMismatchException; both count toward the lockout.
 */
export async function checkSoftwareTokenCode(
  ctx: PoolContext,
  user: UserRecord,
  code: string,
): Promise<UserRecord> {
  const attempt = await ctx.throttle.admit(`user:${user.username}`);
  const current = ctx.repo.user(user.username);
  const token = current?.softwareToken;
  const match = token && matchTotpStep(token.secret, code, ctx.clock.now(), token.lastUsedStep);
  if (!current || !token || !match || 'replayed' in match) {
    failCodeAttempt(
      ctx,
      user.username,
      attempt,
      match && 'replayed' in match
        ? new CognitoError('ExpiredCodeException', tokenAlreadyUsed)
        : new CognitoError('CodeMismatchException', codeMismatch),
    );
  }
  attempt.succeeded();
  return ctx.repo.updateUser(user.username, {
    softwareToken: { ...token, lastUsedStep: match.step },
  });
}
