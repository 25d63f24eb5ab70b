import type { IncomingMessage, ServerResponse } from 'node:http';
import { dataTable } from '../http/data-table';
import { html } from '../http/html-escape';
import { sendPage } from '../http/page-layout';
import { sendJson } from '../http/respond';
import { devToolRefusal, type DevToolAccess } from '../http/dev-tool-guard';
import { setNoStore } from '../http/security-headers';
import type { Mailbox } from './mailbox';

/** Who may read the mailbox besides loopback tools and its own pages: the app origins. */
export type MailboxAccess = DevToolAccess;

/** `{domain}/_dev/mailbox` (HTML) and `/_dev/mailbox.json` (newest first, `?to=` filter). */
export function routeMailbox(
  mailbox: Mailbox,
  access: MailboxAccess,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): boolean {
  const path = url.pathname;
  if (path !== '/_dev/mailbox' && path !== '/_dev/mailbox.json') return false;
  const refused = devToolRefusal(req, access, 'mailbox', 'app-origins');
  if (refused !== null) {
    setNoStore(res);
    sendJson(res, 403, { error: 'forbidden', message: refused });
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET');
    sendJson(res, 405, { error: 'method_not_allowed', message: 'Use GET.' });
    return true;
  }
  const to = url.searchParams.get('to') ?? undefined;
  if (to !== undefined && to.length > 256) {
    sendJson(res, 400, {
      error: 'invalid_request',
      message: 'The to filter is longer than 256 characters.',
    });
    return true;
  }
  const messages = mailbox.list({ to });
  if (path === '/_dev/mailbox.json') {
    setNoStore(res);
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin !== undefined && access.appOrigins.includes(origin))
      res.setHeader('Access-Control-Allow-Origin', origin);
    sendJson(res, 200, messages, 'application/json; charset=utf-8');
    return true;
  }
  sendPage(
    res,
    200,
    'Mailbox',
    html`<h1>Mailbox${to ? html` for ${to}` : ''}</h1>
      <p>
        Every message the local user pool would have emailed, newest first.
        <a href="/_dev/mailbox">All messages</a> · <a href="/_dev/mailbox.json">JSON</a> ·
        <a href="/_dev/console">Console</a>
      </p>
      ${
        messages.length === 0
          ? html`<p role="status">No messages yet.</p>`
          : dataTable(
              ['Sent', 'To', 'Subject', 'Code', 'Message'],
              messages.map((m) => [
                m.sentAt,
                html`<a href="/_dev/mailbox?to=${encodeURIComponent(m.to)}">${m.to}</a>`,
                m.subject,
                html`<code>${m.code ?? ''}</code>`,
                html`<pre class="mail-body">${m.text}</pre>`,
              ]),
            )
      }`,
    { wide: true },
  );
  return true;
}
