import type { IncomingMessage } from 'node:http';
import type { PoolContext } from './pool-context';
import type { PoolRegistry } from './pool-registry';

/**
 * The pool whose issuer a JWT names, read without verifying it (the pool found then verifies
 * it); the primary pool when the token names none, so a bad token gets that pool's answer.
 */
export function poolOfToken(pools: PoolRegistry, token: unknown): PoolContext {
  if (typeof token !== 'string' || token.length > 8192) return pools.primary;
  const payload = token.split('.')[1];
  if (payload === undefined) return pools.primary;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const iss = (claims as { iss?: unknown } | null)?.iss;
    return (typeof iss === 'string' ? pools.byIssuer(iss) : undefined) ?? pools.primary;
  } catch {
    return pools.primary;
  }
}

/** The pool of an `Authorization: Bearer` access token (userInfo). */
export function poolOfBearer(pools: PoolRegistry, req: IncomingMessage): PoolContext {
  const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  return poolOfToken(pools, m?.[1]);
}
