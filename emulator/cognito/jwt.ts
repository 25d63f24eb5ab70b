import { createHash, sign, verify, type KeyObject } from 'node:crypto';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs claims as an RS256 JWS with Cognito's two-member header `{kid, alg}`. */
export function signJwt(claims: Record<string, unknown>, kid: string, key: KeyObject): string {
  const head = b64url(JSON.stringify({ kid, alg: 'RS256' }));
  const body = b64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), key);
  return `${head}.${body}.${b64url(signature)}`;
}

/** OIDC at_hash: left half of SHA-256 of the access token, base64url. */
export function atHash(accessToken: string): string {
  return b64url(createHash('sha256').update(accessToken).digest().subarray(0, 16));
}

export type JwtCheck =
  { ok: true; claims: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' };

/**
 * Verifies one of our own tokens: RS256 only, kid must be ours. Claims (exp, token_use...) are
 * the caller's business; sizes are capped by the caller before this runs.
 */
export function verifyOwnJwt(
  token: string,
  findKey: (kid: string) => KeyObject | undefined,
): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) {
    return { ok: false, reason: 'malformed' };
  }
  const [head, body, sig] = parts as [string, string, string];
  let header: unknown;
  let claims: unknown;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isObject(header) || !isObject(claims)) return { ok: false, reason: 'malformed' };
  if (header.alg !== 'RS256' || typeof header.kid !== 'string')
    return { ok: false, reason: 'signature' };
  const key = findKey(header.kid);
  if (!key) return { ok: false, reason: 'signature' };
  const good = verify('sha256', Buffer.from(`${head}.${body}`), key, Buffer.from(sig, 'base64url'));
  return good ? { ok: true, claims } : { ok: false, reason: 'signature' };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
