import { CognitoError, messages } from './cognito-error';
import { findUser, type PoolContext } from './pool-context';
import { storeConfirmedPassword } from './password-changed';
import { checkPasswordPolicy } from './password-policy';
import type { UserRecord } from './pool-state';
import { recordSignInEvent } from './sign-in-events';
import type { SignInAttempt, ThrottleKey } from './sign-in-throttle';

export type AuthOutcome =
  { kind: 'signedIn'; user: UserRecord } | { kind: 'newPasswordRequired'; user: UserRecord };

let dummyHash: Promise<string> | undefined;

/**
 * The password check itself; unknown users, and federated users (who have no password), cost
 * the same hash and never match.
 */
async function passwordMatches(
  ctx: PoolContext,
  user: UserRecord | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= ctx.hasher.hash('not-a-password-Aa1!');
  if (user?.status === 'EXTERNAL_PROVIDER') {
    await ctx.hasher.verify(password, await dummyHash);
    return false;
  }
  const hash = user?.passwordHash ?? (await dummyHash);
  const ok = await ctx.hasher.verify(password, hash);
  // A password changed while this one was checked: the guess matched the old one only.
  return ok && user !== undefined && ctx.repo.user(user.username)?.passwordHash === hash;
}

/**
 * Checks a password with Cognito's answers: unknown user and wrong password both give
 * "Incorrect username or password." (and cost the same hash), lockout after repeated failures,
 * account state reported only once the password is right. The throttle admits the attempt
 * before the hash, so parallel guesses are counted as if they came one by one.
 */
export async function authenticate(
  ctx: PoolContext,
  name: string,
  password: string,
): Promise<AuthOutcome> {
  const found = findUser(ctx, name);
  const key: ThrottleKey = found ? `user:${found.username}` : `name:${name.trim().toLowerCase()}`;
  let attempt: SignInAttempt;
  try {
    attempt = await ctx.throttle.admit(key);
  } catch (error) {
    if (found) recordSignInEvent(ctx, found.username, 'locked', messages.attemptsExceeded);
    throw error;
  }
  // Read again: the account may have changed while the attempt waited for its turn.
  const user = found && ctx.repo.user(found.username);
  let ok: boolean;
  try {
    ok = await passwordMatches(ctx, user, password);
  } catch (error) {
    attempt.failed();
    throw error;
  }
  if (!user || !ok) {
    const lockedNow = attempt.failed();
    if (user) recordSignInEvent(ctx, user.username, lockedNow ? 'locked' : 'wrong-password');
    if (!user && !ctx.config.preventUserExistenceErrors) {
      throw new CognitoError('UserNotFoundException', messages.userNotFound);
    }
    throw new CognitoError(
      'NotAuthorizedException',
      lockedNow ? messages.attemptsExceeded : messages.badCredentials,
    );
  }
  attempt.succeeded();
  try {
    const outcome = accountOutcome(ctx, user);
    recordSignInEvent(
      ctx,
      user.username,
      outcome.kind === 'signedIn' ? 'signed-in' : 'new-password-required',
    );
    return outcome;
  } catch (error) {
    if (error instanceof CognitoError)
      recordSignInEvent(ctx, user.username, 'refused', error.message);
    throw error;
  }
}

/** The right password was given: what the account's state makes of it. */
function accountOutcome(ctx: PoolContext, user: UserRecord): AuthOutcome {
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', messages.disabled);
  switch (user.status) {
    case 'UNCONFIRMED':
      throw new CognitoError('UserNotConfirmedException', messages.notConfirmed);
    case 'RESET_REQUIRED':
      throw new CognitoError('PasswordResetRequiredException', messages.resetRequired);
    case 'FORCE_CHANGE_PASSWORD':
      if (
        user.temporaryPasswordExpiresAt !== null &&
        user.temporaryPasswordExpiresAt <= ctx.clock.now()
      ) {
        throw new CognitoError('NotAuthorizedException', messages.tempPasswordExpired);
      }
      return { kind: 'newPasswordRequired', user };
    case 'CONFIRMED':
      return { kind: 'signedIn', user };
    case 'EXTERNAL_PROVIDER':
      // Unreachable (passwordMatches never matches them); kept so the switch stays exhaustive.
      throw new CognitoError('NotAuthorizedException', messages.badCredentials);
  }
}

/**
 * Finishes NEW_PASSWORD_REQUIRED: the new password must meet the policy. Every other session of
 * the user ends (another pending challenge of the same temporary password among them); the
 * caller signs the user in afresh.
 */
export async function setNewPassword(
  ctx: PoolContext,
  user: UserRecord,
  password: string,
  member = 'password',
): Promise<UserRecord> {
  checkPasswordPolicy(ctx.config.passwordPolicy, password, member);
  const passwordHash = await ctx.hasher.hash(password);
  return storeConfirmedPassword(ctx, user.username, passwordHash);
}
