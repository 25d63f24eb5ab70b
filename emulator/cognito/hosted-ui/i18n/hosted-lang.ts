import type { IncomingMessage } from 'node:http';
import { parseCookies, serializeCookie } from '../../../http/cookies';

// Managed login's `lang` (cognito-extensions §6.2): a query parameter on /oauth2/authorize and
// every hosted page, remembered in the `lang` cookie.

/** The values managed login accepts, spelled exactly as the reference lists them. */
export const managedLoginLangs = [
  'de',
  'en',
  'es',
  'fr',
  'id',
  'it',
  'ja',
  'ko',
  'pt-BR',
  'zh-CN',
  'zh-TW',
] as const;

export type ManagedLoginLang = (typeof managedLoginLangs)[number];

export const langCookie = 'lang';

/** A year: the reference names the cookie but not its lifetime (UNCONFIRMED). */
export const langCookieSeconds = 365 * 24 * 3600;

/** The page's language and whether the browser chose it (then links and forms carry it). */
export interface PageLang {
  readonly code: ManagedLoginLang;
  readonly chosen: boolean;
  /** The `lang` query parameter was present: the response sets the cookie to `code`. */
  readonly fromQuery: boolean;
}

const isManagedLoginLang = (value: string): value is ManagedLoginLang =>
  (managedLoginLangs as readonly string[]).includes(value);

/**
 * The language of a hosted-page request: `?lang=` if present (an unsupported, repeated or
 * empty value means `en`, the reference's fallback), else a valid `lang` cookie, else `en`.
 */
export function readLang(req: IncomingMessage, url: URL): PageLang {
  const asked = url.searchParams.getAll('lang');
  if (asked.length > 0) {
    const value = asked.length === 1 ? asked[0]! : '';
    return { code: isManagedLoginLang(value) ? value : 'en', chosen: true, fromQuery: true };
  }
  const cookie = parseCookies(req.headers.cookie).get(langCookie);
  if (cookie !== undefined && isManagedLoginLang(cookie))
    return { code: cookie, chosen: true, fromQuery: false };
  return { code: 'en', chosen: false, fromQuery: false };
}

/** The Set-Cookie that remembers a chosen language (only §6.2 values ever reach it). */
export const langCookieHeader = (code: ManagedLoginLang): string =>
  serializeCookie(langCookie, code, { maxAgeSeconds: langCookieSeconds });
