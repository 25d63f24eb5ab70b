import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { addCookie } from '../../http/respond';
import type { PoolContext } from '../pool-context';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { langCookieHeader, readLang, type PageLang } from './i18n/hosted-lang';
import { hostedText, type HostedText } from './i18n/hosted-text';

/** One hosted-UI request: what every page handler gets. */
export interface HostedPage {
  readonly ctx: PoolContext;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** The managed-login language of this request (`?lang=`, else the `lang` cookie). */
  readonly lang: PageLang;
  /** The page's texts in that language. */
  readonly text: HostedText;
}

/**
 * The HostedPage of a request: reads its language and, when `?lang=` asks for one, remembers
 * it in the `lang` cookie for the next pages.
 */
export function openHostedPage(
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): HostedPage {
  const lang = readLang(req, url);
  if (lang.fromQuery) addCookie(res, langCookieHeader(lang.code));
  return { ctx, req, res, url, lang, text: hostedText(lang.code) };
}

/** Renders Cognito-style error page (never a redirect to the app), in the page's language. */
export function renderErrorPage(
  res: ServerResponse,
  status: number,
  error: string,
  description: string,
  text: HostedText = hostedText('en'),
): void {
  sendPage(
    res,
    status,
    text.error.title,
    html`<h1>${text.error.heading}</h1>
      <div class="alert" role="alert">
        <p><strong>${error}</strong></p>
        <p>${description}</p>
      </div>`,
    { lang: text.htmlLang },
  );
}

/** `/path?{authorize query}` plus extra parameters, as an href. */
export function hrefFor(
  path: string,
  request: AuthorizeRequest,
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams(request.query);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return `${path}?${q.toString()}`;
}
