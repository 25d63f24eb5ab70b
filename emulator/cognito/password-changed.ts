import type { PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';

/**
 * Call on every change of a user's password (reset, admin set, new temporary password, forced
 * change, ChangePassword): ends all their hosted-UI sessions, pending challenges and sign-ins,
 * unredeemed codes, and revokes every refresh token (and, for Cognito's own endpoints, the access
 * tokens minted with it). A changed password usually means the old one leaked, so nothing that
 * the old password started may outlive it. Returns how many sessions and token families ended.
 */
export function passwordChanged(ctx: PoolContext, username: string): number {
  return (
    ctx.repo.endUserSessions(username) + ctx.repo.revokeUserFamilies(username, ctx.clock.now())
  );
}

/**
 * Stores a new permanent password (the user is CONFIRMED, any temporary password gone) and ends
 * what the old one started: the forced change and a confirmed reset share this last step.
 */
export function storeConfirmedPassword(
  ctx: PoolContext,
  username: string,
  passwordHash: string,
): UserRecord {
  const updated = ctx.repo.updateUser(username, {
    passwordHash,
    status: 'CONFIRMED',
    temporaryPasswordExpiresAt: null,
    updatedAt: ctx.clock.now(),
  });
  passwordChanged(ctx, username);
  return updated;
}
