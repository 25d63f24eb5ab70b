import { CognitoError, messages } from './cognito-error';
import { findUser, type PoolContext } from './pool-context';
import { checkPasswordPolicy } from './password-policy';
import type { UserRecord } from './pool-state';

export type AuthOutcome =
  { kind: 'signedIn'; user: UserRecord } | { kind: 'newPasswordRequired'; user: UserRecord };

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password with Cognito's answers: unknown user and wrong password both give
 * "Incorrect username or password." (and cost the same hash), lockout after repeated failures,
 * account state reported only once the password is right.
 */
export async function authenticate(
  ctx: PoolContext,
  name: string,
  password: string,
): Promise<AuthOutcome> {
  const user = findUser(ctx, name);
  const key = user ? `user:${user.username}` : `name:${name.trim().toLowerCase()}`;
  ctx.throttle.assertOpen(key, ctx.clock.now());
  dummyHash ??= ctx.hasher.hash('not-a-password-Aa1!');
  const ok = await ctx.hasher.verify(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    const locked = ctx.throttle.recordFailure(key, ctx.clock.now());
    if (!user && !ctx.config.preventUserExistenceErrors) {
      throw new CognitoError('UserNotFoundException', messages.userNotFound);
    }
    throw new CognitoError(
      'NotAuthorizedException',
      locked ? messages.attemptsExceeded : messages.badCredentials,
    );
  }
  ctx.throttle.recordSuccess(key);
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
  }
}

/** Finishes NEW_PASSWORD_REQUIRED: the new password must meet the policy. */
export async function setNewPassword(
  ctx: PoolContext,
  user: UserRecord,
  password: string,
  member = 'password',
): Promise<UserRecord> {
  checkPasswordPolicy(ctx.config.passwordPolicy, password, member);
  const passwordHash = await ctx.hasher.hash(password);
  return ctx.repo.updateUser(user.username, {
    passwordHash,
    status: 'CONFIRMED',
    temporaryPasswordExpiresAt: null,
    updatedAt: ctx.clock.now(),
  });
}
