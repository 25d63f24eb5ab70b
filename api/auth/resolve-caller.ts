// The caller's identity, taken only from what the API's authorizer put in
// `requestContext.authorizer` (the Cognito authorizer's `claims`, every value a string; or the
// Lambda authorizer's principalId and context), never from headers, body or query. The authorizer checks signature, expiry and pool but not the app client, so the
// token's use, audience and issuer are checked again here (defence in depth).
//
// Status choice: no claims, a token that is not an id_token, or another issuer → 401, as
// API Gateway itself answers for an unusable token (the SPA renews once, then signs in).
// An authentic id_token of our pool minted for another app client → 403: renewing in that
// client cannot help, so the client must not loop on it.

import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { ApiAuthMode } from '../../contract/api-modes';
import { ForbiddenError, UnauthorizedError } from '../errors/http-error';

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
  if (expected.apiAuth === 'lambda') return lambdaAuthorizerCaller(event);
  const claims: unknown = event.requestContext?.authorizer?.['claims'];
  if (typeof claims !== 'object' || claims === null) throw new UnauthorizedError();
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
