// The caller's identity, taken only from what API Gateway's authorizer put in the request
// context, never from headers, body or query, and only from the place the configured mode's
// authorizer fills: the Cognito authorizer's `requestContext.authorizer.claims` (every value a
// string), the Lambda authorizer's principalId and context, or for an AWS_IAM method the
// identity pool login in `requestContext.identity` (caller-from-iam-identity.ts). The Cognito
// authorizer checks signature, expiry and pool but not the app client, so the
// token's use, audience and issuer are checked again here (defence in depth).
//
// Status choice: no claims, a token that is not an id_token, or another issuer → 401, as
// API Gateway itself answers for an unusable token (the SPA renews once, then signs in).
// An authentic id_token of our pool minted for another app client → 403: renewing in that
// client cannot help, so the client must not loop on it.

import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { ApiAuthMode } from '../../contract/api-modes';
import { ForbiddenError, UnauthorizedError } from '../errors/http-error';
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

/** Returns the verified caller, or throws 401/403 HttpErrors. */
export function resolveCaller(event: APIGatewayProxyEvent, expected: ClaimExpectations): Caller {
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
      return callerFromClaims(claims, expected);
    }
  }
}

function callerFromClaims(claims: object, expected: ClaimExpectations): Caller {
  const claim = (name: string): string | undefined => {
    const value: unknown = Object.hasOwn(claims, name)
      ? (claims as Record<string, unknown>)[name]
      : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const sub = claim('sub');
  if (sub === undefined || !subPattern.test(sub)) throw new UnauthorizedError();
  if (claim('token_use') !== 'id') throw new UnauthorizedError('Send the ID token to this API.');
  if (claim('iss') !== expected.expectedIssuer) throw new UnauthorizedError();
  if (claim('aud') !== expected.expectedClientId) {
    throw new ForbiddenError('This token was issued to another application.');
  }
  return { sub };
}
