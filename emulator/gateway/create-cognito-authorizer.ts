// The Cognito User Pools authorizer of an API Gateway REST method: RS256 signature by kid
// against the pool's JWKS, exp/nbf, the pool's issuer, optionally the app client
// (identityValidationExpression). A method without OAuth scopes takes ID tokens only; a method
// with AuthorizationScopes takes only access tokens whose `scope` holds at least one of them
// (cognito-behavior §8.2, cognito-extensions §4.5; both refusals are 401 Unauthorized).
// Verified claims are cached by token value for the authorizer TTL, but never past the token's
// own exp; the token-use and scope check runs on every request, since methods differ. The checks
// themselves are judge-cognito-token.ts, whose reasons the console's Test shows.
import { methodScopes } from '../../api/route-table';
import type { ApiTokenMode } from '../../contract/api-modes';
import type { Clock } from '../../contract/clock';
import { createJwksStore } from './create-jwks-store';
import { createTtlCache } from './create-ttl-cache';
import type { AuthorizeMode, GatewayAuthorizer } from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import type { JwksSource } from './create-jwks-store';
import { judgeCognitoToken, judgeTokenUse } from './judge-cognito-token';
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
 * Creates `authorize(headerValues, scopes, mode)`, which decides on the identity-source header's
 * values for a method with these OAuth scopes (none: the method takes ID tokens): the header
 * read, the cache of verified claims, judgeCognitoToken, then judgeTokenUse. A probe skips the
 * cache both ways.
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
    scopes: readonly string[] = [],
    mode: AuthorizeMode = {},
  ): Promise<AuthorizerDecision> {
    const read = readTokenFromHeader(values);
    if (read.kind === 'refused') {
      return { allow: false, message: UNAUTHORIZED_MESSAGE, reason: read.reason, facts: {} };
    }
    let claims = mode.probe ? undefined : cache.get(read.token);
    const cached = claims !== undefined;
    if (claims === undefined) {
      const verdict = await judgeCognitoToken(read.token, { issuer, audience, clock, keysFor });
      if (!verdict.allow) return verdict;
      claims = verdict.claims;
      if (cacheTtlSeconds > 0 && !mode.probe) {
        const until = Math.min(clock.now() + cacheTtlSeconds * 1000, verdict.payload.exp! * 1000);
        cache.set(read.token, claims, until);
      }
    }
    const refusal = judgeTokenUse(claims, scopes);
    return refusal ?? { allow: true, claims, cached };
  };
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
    async authorize(request, mode) {
      const decision = await authorize(
        headerValues(request.rawHeaders, authHeader),
        methodScopes(request.match.route, apiToken),
        mode,
      );
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
