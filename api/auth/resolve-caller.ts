// The caller's identity, taken only from what API Gateway's authorizer put in the request
// context, never from headers, body or query, and only from the place the configured mode's
// authorizer fills: the Cognito authorizer's `requestContext.authorizer.claims` (every value a
// string), the Lambda authorizer's principalId and context, or for an AWS_IAM method the
// identity pool login in `requestContext.identity` (caller-from-iam-identity.ts). The Cognito
// authorizer checks signature, expiry and pool but not the app client, so the
// token's use, audience and issuer are checked again here (defence in depth).
//
// Status choice: no claims, a token of the wrong use (an access token where the API takes ID
// tokens, an ID token where it takes access tokens), or another issuer → 401, as API Gateway
// itself answers for an unusable token (the SPA renews once, then signs in).
// An authentic token of our pool minted for another app client → 403: renewing in that
// client cannot help, so the client must not loop on it. In apiToken `access` mode an access
// token without the route's scope → 403 `insufficient_scope`, for the same reason (a renewal
// keeps the granted scopes). The gateway already checked use and scope (a scoped method); this
// is the second check, so a gateway deployed without the scopes cannot let an ID token in.

import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import { ForbiddenError, InsufficientScopeError, UnauthorizedError } from '../errors/http-error';
import { subFromIamIdentity } from './caller-from-iam-identity';

export interface Caller {
  /** Cognito `sub`: immutable, unlike email or username, so it owns the data. */
  readonly sub: string;
}

export interface ClaimExpectations {
  readonly expectedIssuer: string;
  readonly expectedClientId: string;
  /** Which authorizer filled `requestContext.authorizer` (default cognito). */
  readonly apiAuth?: ApiAuthMode;
  /** Which token the Cognito authorizer passes on (default id). */
  readonly apiToken?: ApiTokenMode;
}

// Cognito subs are UUIDs; allowing only these characters also keeps "#" (the key
// separator) out of the partition key.
const subPattern = /^[A-Za-z0-9-]{1,128}$/;

/**
 * apiAuth `lambda`: our authorizer (authorizer/) verified issuer, client and token use, and
 * puts `principalId` = `sub` and a `sub` context value in `requestContext.authorizer`. Both must
 * be there and agree, or the request is refused as one without a caller.
 */
function lambdaAuthorizerCaller(event: APIGatewayProxyEvent): Caller {
  const authorizer: Record<string, unknown> = event.requestContext?.authorizer ?? {};
  const { principalId, sub } = authorizer;
  if (typeof sub !== 'string' || sub !== principalId || !subPattern.test(sub)) {
    throw new UnauthorizedError();
  }
  return { sub };
}

/**
 * Returns the verified caller, or throws 401/403 HttpErrors. `scopes`: the route's
 * (api/route-table.ts `methodScopes`); in apiToken `access` mode the token must carry one.
 */
export function resolveCaller(
  event: APIGatewayProxyEvent,
  expected: ClaimExpectations,
  scopes: readonly string[] = [],
): Caller {
  switch (expected.apiAuth ?? 'cognito') {
    case 'lambda':
      return lambdaAuthorizerCaller(event);
    case 'iam': {
      const identity = event.requestContext?.identity;
      // API Gateway sets the cognito* fields only for requests signed with identity-pool credentials.
      if (identity?.cognitoAuthenticationType == null) throw new UnauthorizedError();
      return { sub: subFromIamIdentity(identity, expected.expectedIssuer, subPattern) };
    }
    case 'cognito': {
      const claims: unknown = event.requestContext?.authorizer?.['claims'];
      if (typeof claims !== 'object' || claims === null) throw new UnauthorizedError();
      return callerFromClaims(claims, expected, scopes);
    }
  }
}

function callerFromClaims(
  claims: object,
  expected: ClaimExpectations,
  scopes: readonly string[],
): Caller {
  const claim = (name: string): string | undefined => {
    const value: unknown = Object.hasOwn(claims, name)
      ? (claims as Record<string, unknown>)[name]
      : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const sub = claim('sub');
  if (sub === undefined || !subPattern.test(sub)) throw new UnauthorizedError();
  const access = (expected.apiToken ?? 'id') === 'access';
  if (claim('token_use') !== (access ? 'access' : 'id')) {
    throw new UnauthorizedError(`Send the ${access ? 'access' : 'ID'} token to this API.`);
  }
  if (claim('iss') !== expected.expectedIssuer) throw new UnauthorizedError();
  // Access tokens name their app client in `client_id`; they carry no `aud`.
  if (claim(access ? 'client_id' : 'aud') !== expected.expectedClientId) {
    throw new ForbiddenError('This token was issued to another application.');
  }
  if (access) {
    // A route without scopes in access mode is a route-table bug: refuse rather than let any
    // access token of the pool in.
    const granted = new Set((claim('scope') ?? '').split(' '));
    if (scopes.length === 0 || !scopes.some((scope) => granted.has(scope))) {
      throw new InsufficientScopeError(scopes);
    }
  }
  return { sub };
}
