// Whether the sign-in a token came from is still live in the pool: its session (token family)
// not signed out or revoked, its user present and enabled. What ServerSideTokenCheck asks
// (check-id-token.ts), and what the console says about a revoked token the API still accepts.
import type { PoolContext } from './pool-context';

export type SessionLiveness =
  | { readonly state: 'live' }
  | { readonly state: 'revoked'; readonly at: number }
  | { readonly state: 'unknown-session' | 'user-gone' | 'user-disabled' };

/** Looks the token's `origin_jti` and user (`usernameClaim`) up in the pool. */
export function sessionLiveness(
  ctx: PoolContext,
  claims: Readonly<Record<string, unknown>>,
  usernameClaim: 'cognito:username' | 'username',
): SessionLiveness {
  const family =
    typeof claims.origin_jti === 'string' ? ctx.repo.family(claims.origin_jti) : undefined;
  if (!family) return { state: 'unknown-session' };
  if (family.revokedAt !== null) return { state: 'revoked', at: family.revokedAt };
  const username = claims[usernameClaim];
  const user = typeof username === 'string' ? ctx.repo.user(username) : undefined;
  if (!user) return { state: 'user-gone' };
  if (!user.enabled) return { state: 'user-disabled' };
  return { state: 'live' };
}
