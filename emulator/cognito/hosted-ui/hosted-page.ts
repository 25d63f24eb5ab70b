import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import type { PoolContext } from '../pool-context';
import type { AuthorizeRequest } from '../oauth/authorize-request';

/** One hosted-UI request: what every page handler gets. */
export interface HostedPage {
  readonly ctx: PoolContext;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
}

/** Renders Cognito-style error page (never a redirect to the app). */
export function renderErrorPage(
  res: ServerResponse,
  status: number,
  error: string,
  description: string,
): void {
  sendPage(
    res,
    status,
    'Error',
    html`<h1>An error was encountered with the requested page.</h1>
      <div class="alert" role="alert">
        <p><strong>${error}</strong></p>
        <p>${description}</p>
      </div>`,
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
