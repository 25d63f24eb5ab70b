import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, serializeCookie } from '../../http/cookies';
import { addCookie } from '../../http/respond';
import type { PoolContext } from '../pool-context';

export const csrfCookie = 'XSRF-TOKEN';
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Double-submit CSRF token: reuses the browser's cookie or sets a new one; returns the value. */
export function csrfToken(ctx: PoolContext, req: IncomingMessage, res: ServerResponse): string {
  const existing = parseCookies(req.headers.cookie).get(csrfCookie);
  if (existing && tokenPattern.test(existing)) return existing;
  const token = ctx.ids.secret(32);
  addCookie(res, serializeCookie(csrfCookie, token));
  return token;
}

/** True when the posted `_csrf` equals the cookie. */
export function csrfMatches(req: IncomingMessage, posted: string | undefined): boolean {
  const cookie = parseCookies(req.headers.cookie).get(csrfCookie);
  if (!cookie || !posted || !tokenPattern.test(cookie) || cookie.length !== posted.length)
    return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(posted));
}
