import type { PoolContext } from './pool-context';

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
