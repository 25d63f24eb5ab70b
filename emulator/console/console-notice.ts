import type { IncomingMessage, ServerResponse } from 'node:http';
import { clearCookie, parseCookies, serializeCookie } from '../http/cookies';
import { addCookie } from '../http/respond';
import { consoleBase } from './console-page';

// The notice after POST-then-redirect ("User disabled.") rides in a short-lived cookie rather
// than the query string, so no link from elsewhere can make the console say something it did not.
const noticeCookie = 'console-notice';
const maxNotice = 300;

/** Sets the notice the next console page shows once. */
export function setNotice(res: ServerResponse, notice: string): void {
  const value = Buffer.from(notice.slice(0, maxNotice)).toString('base64url');
  addCookie(res, serializeCookie(noticeCookie, value, { path: consoleBase, maxAgeSeconds: 60 }));
}

/** Takes the pending notice, if any, and clears it on this response. */
export function takeNotice(req: IncomingMessage, res: ServerResponse): string | null {
  const value = parseCookies(req.headers.cookie).get(noticeCookie);
  if (value === undefined) return null;
  addCookie(res, clearCookie(noticeCookie, consoleBase));
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(value)) return null;
  return Buffer.from(value, 'base64url').toString('utf8').slice(0, maxNotice);
}
