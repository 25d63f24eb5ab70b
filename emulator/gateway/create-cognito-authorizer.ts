// The Cognito User Pools authorizer of an API Gateway REST method with no OAuth scopes:
// RS256 signature by kid against the pool's JWKS, exp/nbf, the pool's issuer, ID tokens only,
// optionally the app client (identityValidationExpression). Allowed results are cached by token
// value for the authorizer TTL, but never past the token's own exp. See cognito-behavior.md §8.
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { Clock } from '../../contract/clock';
import { createJwksStore } from './create-jwks-store';
import { createTtlCache } from './create-ttl-cache';
import type { GatewayAuthorizer } from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import type { JwksSource } from './create-jwks-store';
import { readTokenFromHeader } from './read-token-from-header';
import { stringifyClaims } from './stringify-claims';

export const UNAUTHORIZED_MESSAGE = 'Unauthorized';
export const EXPIRED_MESSAGE = 'The incoming token has expired';

/** Why a token was refused; for the access log and tests, never sent to the caller. */
export type DenyReason =
  | 'missing'
  | 'repeated'
  | 'malformed'
  | 'too-long'
  | 'bad-header'
  | 'unknown-kid'
  | 'jwks-unavailable'
  | 'expired'
  | 'invalid'
  | 'not-an-id-token';

export type AuthorizerDecision =
  | {
      readonly allow: true;
      readonly claims: Readonly<Record<string, string>>;
      readonly cached: boolean;
    }
  | {
      readonly allow: false;
      readonly message: typeof UNAUTHORIZED_MESSAGE | typeof EXPIRED_MESSAGE;
      readonly reason: DenyReason;
    };

export interface CognitoAuthorizerOptions {
  readonly issuer: string;
  readonly getJwks: JwksSource;
  readonly clock: Clock;
  /** Pins `aud` to this app client id (AWS: identityValidationExpression). Off by default, as on AWS. */
  readonly audience?: string;
  /** AWS authorizerResultTtlInSeconds: default 300, 0 disables the cache. */
  readonly cacheTtlSeconds: number;
  readonly jwksRefreshCooldownMs?: number;
  /** Re-read the JWKS before use when it is older than this. Default 10 minutes. */
  readonly jwksMaxAgeMs?: number;
  readonly maxCacheEntries?: number;
}

const deny = (reason: DenyReason): AuthorizerDecision => ({
  allow: false,
  message: reason === 'expired' ? EXPIRED_MESSAGE : UNAUTHORIZED_MESSAGE,
  reason,
});

/** Creates `authorize(headerValues)`, which decides on the identity-source header's values. */
export function createCognitoAuthorizer(options: CognitoAuthorizerOptions) {
  const { issuer, audience, clock, cacheTtlSeconds } = options;
  const keysFor = createJwksStore({
    getJwks: options.getJwks,
    clock,
    refreshCooldownMs: options.jwksRefreshCooldownMs ?? 1000,
    maxAgeMs: options.jwksMaxAgeMs ?? 10 * 60 * 1000,
  });
  const cache = createTtlCache<Readonly<Record<string, string>>>(
    clock,
    options.maxCacheEntries ?? 10_000,
  );

  function remember(
    token: string,
    claims: Readonly<Record<string, string>>,
    expSeconds: number,
  ): void {
    if (cacheTtlSeconds <= 0) return;
    cache.set(token, claims, Math.min(clock.now() + cacheTtlSeconds * 1000, expSeconds * 1000));
  }

  async function verify(token: string): Promise<AuthorizerDecision> {
    let kid: unknown;
    try {
      const header = decodeProtectedHeader(token);
      if (header.alg !== 'RS256') return deny('bad-header');
      kid = header.kid;
    } catch {
      return deny('malformed');
    }
    if (typeof kid !== 'string' || kid === '') return deny('bad-header');

    let keys: Awaited<ReturnType<typeof keysFor>>;
    try {
      keys = await keysFor(kid);
    } catch {
      return deny('jwks-unavailable');
    }
    if (keys === undefined) return deny('unknown-kid');

    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer,
        ...(audience !== undefined ? { audience } : {}),
        requiredClaims: ['exp', 'iat', 'token_use'],
        currentDate: new Date(clock.now()),
      });
      if (payload.token_use !== 'id') return deny('not-an-id-token');
      const claims = Object.freeze(stringifyClaims(payload));
      remember(token, claims, payload.exp!);
      return { allow: true, claims, cached: false };
    } catch (error) {
      return deny(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
    }
  }

  return async function authorize(headerValues: readonly string[]): Promise<AuthorizerDecision> {
    const read = readTokenFromHeader(headerValues);
    if (read.kind === 'refused') return deny(read.reason);
    const hit = cache.get(read.token);
    if (hit !== undefined) return { allow: true, claims: hit, cached: true };
    return verify(read.token);
  };
}

/** The Cognito authorizer in the gateway's shape: reads `authHeader`, fills `authorizer.claims`. */
export function cognitoGatewayAuthorizer(
  authorize: ReturnType<typeof createCognitoAuthorizer>,
  authHeader: string,
): GatewayAuthorizer {
  return {
    readsBody: false,
    async authorize(request) {
      const decision = await authorize(headerValues(request.rawHeaders, authHeader));
      if (!decision.allow) {
        return {
          allow: false,
          error: decision.reason === 'expired' ? 'expired-token' : 'unauthorized',
          note: `deny:${decision.reason}`,
        };
      }
      return {
        allow: true,
        context: { authorizer: { claims: { ...decision.claims } } },
        note: decision.cached ? 'allow:cached' : 'allow',
      };
    },
  };
}
