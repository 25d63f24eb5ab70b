import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, serializeCookie } from './cookies';
import { addCookie } from './respond';

/** Where new tokens come from (a pool's `IdSource`), so tests can make them predictable. */
export interface SecretSource {
  secret(bytes: number): string;
}

export const csrfCookie = 'XSRF-TOKEN';
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Double-submit CSRF token for every form the emulator serves (hosted pages, dev console):
 * reuses the browser's cookie or sets a new one; returns the value.
 */
export function csrfToken(ids: SecretSource, req: IncomingMessage, res: ServerResponse): string {
  const existing = parseCookies(req.headers.cookie).get(csrfCookie);
  if (existing && tokenPattern.test(existing)) return existing;
  // Pages with two forms must not set two different cookies in one response.
  const issued = issuedOnResponse.get(res);
  if (issued) return issued;
  const token = ids.secret(32);
  issuedOnResponse.set(res, token);
  addCookie(res, serializeCookie(csrfCookie, token));
  return token;
}

const issuedOnResponse = new WeakMap<ServerResponse, string>();

/** True when the posted `_csrf` equals the cookie. */
export function csrfMatches(req: IncomingMessage, posted: string | undefined): boolean {
  const cookie = parseCookies(req.headers.cookie).get(csrfCookie);
  if (!cookie || !posted || !tokenPattern.test(cookie) || cookie.length !== posted.length)
    return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(posted));
}
