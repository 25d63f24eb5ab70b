// A pasted token's header and claims, decoded without trusting anything (no signature check:
// that is the authorizer's job) and pretty-printed for the console; the page escapes it.
import { stripBearer } from '../gateway/read-token-from-header';

const TIME_CLAIMS = ['exp', 'iat', 'nbf', 'auth_time'] as const;

export type DecodedToken =
  | {
      readonly kind: 'jwt';
      readonly header: string;
      readonly payload: string;
      readonly claims: Readonly<Record<string, unknown>>;
      /** The time claims present, as ISO 8601 UTC, in this order: exp, iat, nbf, auth_time. */
      readonly times: readonly (readonly [string, string])[];
    }
  | { readonly kind: 'not-jwt'; readonly problem: string };

function part(segment: string | undefined): Record<string, unknown> | undefined {
  if (segment === undefined || !/^[A-Za-z0-9_-]+$/.test(segment)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes `[Bearer ]header.payload.signature`; says what is wrong when it is not a JWT. */
export function decodeTokenForDisplay(value: string): DecodedToken {
  const token = stripBearer(value);
  const parts = token.split('.');
  if (parts.length !== 3)
    return {
      kind: 'not-jwt',
      problem: `Not a JWT: a JWT is three base64url parts separated by dots (header.payload.signature), this has ${parts.length}.`,
    };
  const header = part(parts[0]);
  const claims = part(parts[1]);
  if (header === undefined || claims === undefined)
    return {
      kind: 'not-jwt',
      problem: `Not a JWT: its ${header === undefined ? 'header' : 'payload'} is not base64url-encoded JSON.`,
    };
  const times = TIME_CLAIMS.flatMap((name) => {
    const seconds = claims[name];
    return typeof seconds === 'number' && Number.isFinite(seconds) && Math.abs(seconds) < 1e11
      ? [[name, new Date(seconds * 1000).toISOString()] as const]
      : [];
  });
  return {
    kind: 'jwt',
    header: JSON.stringify(header, null, 2),
    payload: JSON.stringify(claims, null, 2),
    claims,
    times,
  };
}
