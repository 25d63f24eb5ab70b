// The REQUEST authorizer's decision, with its dependencies passed in: the ID token from the
// configured header, verified; a member of `suspended` gets an explicit Deny (API Gateway's
// 403), everyone else an Allow for the whole stage with `sub`, `email` and `groups` as context.
// A missing, malformed or invalid token throws exactly `Unauthorized`, the one error text API
// Gateway turns into 401; anything else it would answer 500.
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { buildPolicy } from './build-policy';
import type { VerifyIdToken } from './verify-id-token';

/** The group whose members the API refuses (an explicit Deny, so no other statement can allow). */
export const suspendedGroup = 'suspended';

/** Longest header value looked at; Cognito ID tokens are far below it. */
const MAX_TOKEN_LENGTH = 8192;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const BEARER = /^bearer (.*)$/is;

export type RequestAuthorizer = (
  event: APIGatewayRequestAuthorizerEvent,
) => Promise<APIGatewayAuthorizerResult>;

export interface AuthorizerDeps {
  readonly tokenHeader: string;
  readonly verify: VerifyIdToken;
}

/** API Gateway's 401: the message must be exactly this, or the caller gets a 500. */
const unauthorized = (): Error => new Error('Unauthorized');

/** The token from the identity-source header: `<jwt>` or `Bearer <jwt>`, sent once. */
function readToken(event: APIGatewayRequestAuthorizerEvent, header: string): string | undefined {
  const wanted = header.toLowerCase();
  const named = (record: Record<string, unknown> | null | undefined) =>
    Object.entries(record ?? {}).filter(([name]) => name.toLowerCase() === wanted);
  const multi = named(event.multiValueHeaders).flatMap(([, values]) =>
    Array.isArray(values) ? values : [],
  );
  if (multi.length > 1) return undefined;
  const value = named(event.headers)[0]?.[1];
  if (typeof value !== 'string' || value.length > MAX_TOKEN_LENGTH) return undefined;
  const token = BEARER.exec(value)?.[1] ?? value;
  return COMPACT_JWS.test(token) ? token : undefined;
}

/** Builds the authorizer function the Lambda exports (and the local gateway invokes). */
export function createAuthorizer({ tokenHeader, verify }: AuthorizerDeps): RequestAuthorizer {
  return async (event) => {
    const token = readToken(event, tokenHeader);
    if (token === undefined) throw unauthorized();
    const claims = await verify(token).catch(() => {
      throw unauthorized();
    });
    const effect = claims.groups.includes(suspendedGroup) ? 'Deny' : 'Allow';
    return buildPolicy(effect, claims.sub, event.methodArn, {
      sub: claims.sub,
      email: claims.email,
      groups: claims.groups.join(','),
    });
  };
}
