// The Cognito authorizer's identity source: one header holding the ID token, raw or after a
// `Bearer ` prefix (cognito-behavior.md §8.2). Everything else is refused before any crypto runs.

/** Longest token the gateway will even look at; Cognito ID tokens are far below it. */
export const MAX_TOKEN_LENGTH = 8192;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const BEARER = /^bearer (.*)$/is;

/** The value without its `Bearer ` prefix (case-insensitive, one space), if it has one. */
export function stripBearer(value: string): string {
  return BEARER.exec(value)?.[1] ?? value;
}

export type TokenRead =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'refused'; readonly reason: TokenRefusal };

export type TokenRefusal = 'missing' | 'repeated' | 'malformed' | 'too-long';

/**
 * Extracts the JWT from the identity-source header values (all occurrences, in order). Accepts
 * exactly `<jwt>` or `Bearer <jwt>` (prefix case-insensitive, one space); refuses a missing, empty,
 * repeated, oversized or otherwise shaped value.
 */
export function readTokenFromHeader(values: readonly string[]): TokenRead {
  if (values.length === 0) return { kind: 'refused', reason: 'missing' };
  if (values.length > 1) return { kind: 'refused', reason: 'repeated' };
  const value = values[0]!;
  if (value.trim() === '') return { kind: 'refused', reason: 'missing' };
  if (value.length > MAX_TOKEN_LENGTH + 'Bearer '.length) {
    return { kind: 'refused', reason: 'too-long' };
  }
  const token = stripBearer(value);
  if (token.length > MAX_TOKEN_LENGTH) return { kind: 'refused', reason: 'too-long' };
  if (!COMPACT_JWS.test(token)) return { kind: 'refused', reason: 'malformed' };
  return { kind: 'token', token };
}
