import type { ServerResponse } from 'node:http';
import { html, type SafeHtml } from '../http/html-escape';
import { sendPage } from '../http/page-layout';
import { consolePath, type ConsolePage } from './console-page';

/** The console's page around a body: skip link, the nav of the registry's pages, the notice. */
export function sendConsolePage(
  res: ServerResponse,
  input: {
    readonly status: number;
    readonly title: string;
    readonly body: SafeHtml;
    readonly pages: readonly ConsolePage[];
    /** The registry entry being shown, marked in the nav. */
    readonly current?: ConsolePage | undefined;
    readonly notice?: string | null;
  },
): void {
  const header = html`<header class="bar">
    <a class="skip" href="#main">Skip to content</a>
    <nav aria-label="Console">
      <ul>
        ${input.pages
          .filter((p) => p.navLabel !== undefined)
          .map(
            (p) =>
              html`<li>
                <a
                  href="${consolePath(p.path)}"
                  ${p === input.current ? html`aria-current="page"` : ''}
                  >${p.navLabel}</a
                >
              </li>`,
          )}
        <li><a href="/_dev/mailbox">Mailbox</a></li>
      </ul>
    </nav>
  </header>`;
  const notice = input.notice ? html`<p class="info" role="status">${input.notice}</p>` : html``;
  sendPage(
    res,
    input.status,
    `${input.title} · Local console`,
    html`<div class="tools">${notice}${input.body}</div>`,
    { wide: true, header, sameOriginReferrer: true },
  );
}
