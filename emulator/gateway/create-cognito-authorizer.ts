// The Cognito User Pools authorizer of an API Gateway REST method: RS256 signature by kid
// against the pool's JWKS, exp/nbf, the pool's issuer, optionally the app client
// (identityValidationExpression). A method without OAuth scopes takes ID tokens only; a method
// with AuthorizationScopes takes only access tokens whose `scope` holds at least one of them
// (cognito-behavior §8.2, cognito-extensions §4.5; both refusals are 401 Unauthorized).
// Verified claims are cached by token value for the authorizer TTL, but never past the token's
// own exp; the token-use and scope check runs on every request, since methods differ.
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { methodScopes } from '../../api/route-table';
import type { ApiTokenMode } from '../../contract/api-modes';
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
  | 'not-an-id-token'
  | 'not-an-access-token'
  | 'missing-scope';

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
      // Cognito writes `scope` as one space-separated string; a list would stringify to the
      // same text for one entry, so anything else is refused rather than guessed at.
      if (payload['scope'] !== undefined && typeof payload['scope'] !== 'string') {
        return deny('invalid');
      }
      const claims = Object.freeze(stringifyClaims(payload));
      remember(token, claims, payload.exp!);
      return { allow: true, claims, cached: false };
    } catch (error) {
      return deny(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
    }
  }

  /**
   * Decides on the identity-source header's values for a method with these OAuth scopes (none:
   * the method takes ID tokens).
   */
  return async function authorize(
    headerValues: readonly string[],
    scopes: readonly string[] = [],
  ): Promise<AuthorizerDecision> {
    const read = readTokenFromHeader(headerValues);
    if (read.kind === 'refused') return deny(read.reason);
    const hit = cache.get(read.token);
    const decision: AuthorizerDecision =
      hit !== undefined ? { allow: true, claims: hit, cached: true } : await verify(read.token);
    if (!decision.allow) return decision;
    const refusal = tokenUseRefusal(decision.claims, scopes);
    return refusal === undefined ? decision : deny(refusal);
  };
}

/** Why an authentic token does not fit a method with these scopes, or undefined when it does. */
function tokenUseRefusal(
  claims: Readonly<Record<string, string>>,
  scopes: readonly string[],
): DenyReason | undefined {
  if (scopes.length === 0) return claims['token_use'] === 'id' ? undefined : 'not-an-id-token';
  if (claims['token_use'] !== 'access') return 'not-an-access-token';
  const granted = new Set((claims['scope'] ?? '').split(' '));
  return scopes.some((scope) => granted.has(scope)) ? undefined : 'missing-scope';
}

/**
 * The Cognito authorizer in the gateway's shape: reads `authHeader`, asks for the matched
 * method's scopes under `apiToken` (api/route-table.ts `methodScopes`), fills `authorizer.claims`.
 */
export function cognitoGatewayAuthorizer(
  authorize: ReturnType<typeof createCognitoAuthorizer>,
  authHeader: string,
  apiToken: ApiTokenMode = 'id',
): GatewayAuthorizer {
  return {
    readsBody: false,
    async authorize(request) {
      const decision = await authorize(
        headerValues(request.rawHeaders, authHeader),
        methodScopes(request.match.route, apiToken),
      );
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
