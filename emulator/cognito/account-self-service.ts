import { adminDeleteUser } from './admin-users';
import { CognitoError, messages } from './cognito-error';
import { checkPasswordPolicy, checkPasswordShape } from './password-policy';
import { passwordChanged } from './password-changed';
import type { PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';

/**
 * ChangePassword with an access token: the previous password is checked like a sign-in (a wrong
 * one counts toward the same lockout, and a locked account is refused unchecked), then the new
 * one must meet the policy.
 */
export async function changePassword(
  ctx: PoolContext,
  user: UserRecord,
  previous: string,
  proposed: string,
): Promise<void> {
  checkPasswordShape(previous, 'previousPassword');
  checkPasswordShape(proposed, 'proposedPassword');
  // Admitted before the hash, like a sign-in, so parallel guesses count as if one by one.
  const attempt = await ctx.throttle.admit(`user:${user.username}`);
  let ok: boolean;
  try {
    ok = await ctx.hasher.verify(previous, user.passwordHash);
  } catch (error) {
    attempt.failed();
    throw error;
  }
  if (!ok) {
    const lockedNow = attempt.failed();
    throw new CognitoError(
      'NotAuthorizedException',
      lockedNow ? messages.attemptsExceeded : messages.badCredentials,
    );
  }
  attempt.succeeded();
  checkPasswordPolicy(ctx.config.passwordPolicy, proposed, 'proposedPassword');
  const passwordHash = await ctx.hasher.hash(proposed);
  // The account may have gone while the hashes ran.
  if (!ctx.repo.user(user.username))
    throw new CognitoError('NotAuthorizedException', messages.accessRevoked);
  const updated = ctx.repo.updateUser(user.username, {
    passwordHash,
    updatedAt: ctx.clock.now(),
  });
  passwordChanged(ctx, updated.username);
}

/** DeleteUser: the caller's own account, and with it every token it holds. */
export function deleteOwnAccount(ctx: PoolContext, user: UserRecord): void {
  adminDeleteUser(ctx, user.username);
}
