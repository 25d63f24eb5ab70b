// The caller's identity, taken only from what API Gateway's authorizer put in the request
// context, never from headers, body or query: the Cognito authorizer's
// `requestContext.authorizer.claims` (every value a string), or for an AWS_IAM method the
// identity pool login in `requestContext.identity` (caller-from-iam-identity.ts). The authorizer checks signature, expiry and pool but not the app client, so the
// token's use, audience and issuer are checked again here (defence in depth).
//
// Status choice: no claims, a token that is not an id_token, or another issuer → 401, as
// API Gateway itself answers for an unusable token (the SPA renews once, then signs in).
// An authentic id_token of our pool minted for another app client → 403: renewing in that
// client cannot help, so the client must not loop on it.

import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ForbiddenError, UnauthorizedError } from '../errors/http-error';
import { subFromIamIdentity } from './caller-from-iam-identity';

export interface Caller {
  /** Cognito `sub`: immutable, unlike email or username, so it owns the data. */
  readonly sub: string;
}

export interface ClaimExpectations {
  readonly expectedIssuer: string;
  readonly expectedClientId: string;
}

// Cognito subs are UUIDs; allowing only these characters also keeps "#" (the key
// separator) out of the partition key.
const subPattern = /^[A-Za-z0-9-]{1,128}$/;

/** Which authorizer vouched for the request: what the request context carries decides. */
type CallerSource =
  | { readonly kind: 'cognito'; readonly claims: object }
  | { readonly kind: 'iam'; readonly identity: APIGatewayProxyEvent['requestContext']['identity'] }
  | { readonly kind: 'none' };

function callerSource(event: APIGatewayProxyEvent): CallerSource {
  const claims: unknown = event.requestContext?.authorizer?.['claims'];
  if (typeof claims === 'object' && claims !== null) return { kind: 'cognito', claims };
  const identity = event.requestContext?.identity;
  // API Gateway sets the cognito* fields only for requests signed with identity-pool credentials.
  if (identity?.cognitoAuthenticationType != null) return { kind: 'iam', identity };
  return { kind: 'none' };
}

/** Returns the verified caller, or throws 401/403 HttpErrors. */
export function resolveCaller(event: APIGatewayProxyEvent, expected: ClaimExpectations): Caller {
  const source = callerSource(event);
  switch (source.kind) {
    case 'cognito':
      return callerFromClaims(source.claims, expected);
    case 'iam':
      return { sub: subFromIamIdentity(source.identity, expected.expectedIssuer, subPattern) };
    case 'none':
      throw new UnauthorizedError();
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
