// The Cognito User Pools authorizer of an API Gateway REST method with no OAuth scopes:
// RS256 signature by kid against the pool's JWKS, exp/nbf, the pool's issuer, ID tokens only,
// optionally the app client (identityValidationExpression). Allowed results are cached by token
// value for the authorizer TTL, but never past the token's own exp. See cognito-behavior.md §8.
// The checks on one token are judge-cognito-token.ts, which the console's Test also shows.
import type { Clock } from '../../contract/clock';
import { createJwksStore } from './create-jwks-store';
import { createTtlCache } from './create-ttl-cache';
import type { AuthorizeMode, GatewayAuthorizer } from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import type { JwksSource } from './create-jwks-store';
import { judgeCognitoToken } from './judge-cognito-token';
import type { DenyFacts, TokenDenyReason, EXPIRED_MESSAGE } from './judge-cognito-token';
import { UNAUTHORIZED_MESSAGE } from './judge-cognito-token';
import { readTokenFromHeader } from './read-token-from-header';
import type { TokenRefusal } from './read-token-from-header';

export { EXPIRED_MESSAGE, UNAUTHORIZED_MESSAGE } from './judge-cognito-token';

/** Why a token was refused; for the access log, tests and the console, never sent to the caller. */
export type DenyReason = TokenRefusal | TokenDenyReason;

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
      readonly facts: DenyFacts;
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

/**
 * Creates `authorize(headerValues, mode)`, which decides on the identity-source header's values:
 * the header read, the allow cache, then judgeCognitoToken. A probe skips the cache both ways.
 */
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

  return async function authorize(
    values: readonly string[],
    mode: AuthorizeMode = {},
  ): Promise<AuthorizerDecision> {
    const read = readTokenFromHeader(values);
    if (read.kind === 'refused') {
      return { allow: false, message: UNAUTHORIZED_MESSAGE, reason: read.reason, facts: {} };
    }
    const hit = mode.probe ? undefined : cache.get(read.token);
    if (hit !== undefined) return { allow: true, claims: hit, cached: true };
    const verdict = await judgeCognitoToken(read.token, { issuer, audience, clock, keysFor });
    if (!verdict.allow) return verdict;
    if (cacheTtlSeconds > 0 && !mode.probe) {
      const until = Math.min(clock.now() + cacheTtlSeconds * 1000, verdict.payload.exp! * 1000);
      cache.set(read.token, verdict.claims, until);
    }
    return { allow: true, claims: verdict.claims, cached: false };
  };
}

/** The Cognito authorizer in the gateway's shape: reads `authHeader`, fills `authorizer.claims`. */
export function cognitoGatewayAuthorizer(
  authorize: ReturnType<typeof createCognitoAuthorizer>,
  authHeader: string,
): GatewayAuthorizer {
  return {
    readsBody: false,
    async authorize(request, mode) {
      const decision = await authorize(headerValues(request.rawHeaders, authHeader), mode);
      if (!decision.allow) {
        return {
          allow: false,
          error: decision.reason === 'expired' ? 'expired-token' : 'unauthorized',
          note: `deny:${decision.reason}`,
          explanation: { kind: 'cognito', decision },
        };
      }
      return {
        allow: true,
        context: { authorizer: { claims: { ...decision.claims } } },
        note: decision.cached ? 'allow:cached' : 'allow',
        explanation: { kind: 'cognito', decision },
      };
    },
  };
}
