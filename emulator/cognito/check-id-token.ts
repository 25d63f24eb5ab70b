// A user pool ID token as another AWS service checks it (the identity pool's Logins): our
// signature, an ID token (not an access token), unexpired, and, as ServerSideTokenCheck does,
// still live in the pool (its session not signed out or revoked, its user present and enabled).
import { verifyOwnJwt } from './jwt';
import { nowSeconds, type PoolContext } from './pool-context';
import { sessionLiveness } from './session-liveness';

export type IdTokenCheck =
  | {
      readonly ok: true;
      readonly sub: string;
      readonly issuer: string;
      readonly audience: string;
    }
  | { readonly ok: false; readonly reason: 'not-a-token' | 'signature' | 'no-audience' | 'revoked' }
  | { readonly ok: false; readonly reason: 'expired'; readonly now: number; readonly exp: number }
  | { readonly ok: false; readonly reason: 'issuer'; readonly issuer: unknown };

/** Checks `token` against the pool; the caller turns the reason into its service's message. */
export function checkIdToken(ctx: PoolContext, token: string): IdTokenCheck {
  if (token.length > 16_384) return { ok: false, reason: 'not-a-token' };
  // Any of the pool's keys: an access token must be told apart (no `aud`), not called forged.
  const checked = verifyOwnJwt(token, (kid) => ctx.keys().publicKey(kid)?.key);
  if (!checked.ok)
    return { ok: false, reason: checked.reason === 'malformed' ? 'not-a-token' : 'signature' };
  const c = checked.claims;
  if (c.iss !== ctx.config.issuer) return { ok: false, reason: 'issuer', issuer: c.iss };
  if (typeof c.aud !== 'string') return { ok: false, reason: 'no-audience' };
  if (c.token_use !== 'id') return { ok: false, reason: 'not-a-token' };
  if (typeof c.exp !== 'number' || typeof c.sub !== 'string')
    return { ok: false, reason: 'not-a-token' };
  const now = nowSeconds(ctx);
  if (now >= c.exp) return { ok: false, reason: 'expired', now, exp: c.exp };
  if (sessionLiveness(ctx, c, 'cognito:username').state !== 'live')
    return { ok: false, reason: 'revoked' };
  return { ok: true, sub: c.sub, issuer: c.iss, audience: c.aud };
}
