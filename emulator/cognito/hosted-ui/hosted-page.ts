import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaType, parseForm } from '../../http/form';
import { html, type SafeHtml } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { BodyError, readBody } from '../../http/read-body';
import { redirect } from '../../http/respond';
import type { PoolContext } from '../pool-context';
import { checkAuthorizeRequest, type AuthorizeRequest } from '../oauth/authorize-request';
import { csrfMatches, csrfToken } from './csrf';

export const formBodyLimit = 16 * 1024;

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

/** Validates the authorize parameters a page carries; on failure answers and returns undefined. */
export function authorizeRequestOf(
  page: HostedPage,
  params: URLSearchParams = page.url.searchParams,
): AuthorizeRequest | undefined {
  const check = checkAuthorizeRequest(page.ctx.config, params);
  if (check.ok) return check.request;
  if (check.kind === 'redirect') redirect(page.res, check.location);
  else renderErrorPage(page.res, 400, check.error, check.description);
  return undefined;
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

/**
 * Reads a posted form: size limit, content type, no repeated fields, CSRF double-submit.
 * Answers the error itself and returns undefined when the post is not acceptable.
 */
export async function readPostedForm(page: HostedPage): Promise<Map<string, string> | undefined> {
  const { req, res } = page;
  if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
    renderErrorPage(
      res,
      415,
      'invalid_request',
      'Forms must be posted as application/x-www-form-urlencoded.',
    );
    return undefined;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, formBodyLimit);
  } catch (error) {
    if (error instanceof BodyError && error.code === 'BodyTooLarge') {
      renderErrorPage(
        res,
        413,
        'request_too_large',
        `The form is larger than ${formBodyLimit} bytes.`,
      );
      return undefined;
    }
    throw error;
  }
  const { fields, duplicates } = parseForm(raw.toString('utf8'));
  if (duplicates.length > 0) {
    renderErrorPage(
      res,
      400,
      'invalid_request',
      `The field ${duplicates[0]!.slice(0, 64)} was sent more than once.`,
    );
    return undefined;
  }
  if (!csrfMatches(req, fields.get('_csrf'))) {
    renderErrorPage(
      res,
      403,
      'invalid_csrf_token',
      'This form has expired or was sent from another site. Go back, reload the page and try again.',
    );
    return undefined;
  }
  return fields;
}

/** Method check for page routes: GET renders, POST submits. */
export function allowMethods(page: HostedPage, methods: readonly string[]): boolean {
  if (methods.includes(page.req.method ?? '')) return true;
  page.res.setHeader('Allow', methods.join(', '));
  renderErrorPage(
    page.res,
    405,
    'method_not_allowed',
    `Use ${methods.join(' or ')} for this page.`,
  );
  return false;
}

// ---- shared bits of markup ----

export function alert(message: string | undefined): SafeHtml {
  return message ? html`<div class="alert" role="alert" id="form-error">${message}</div>` : html``;
}

export function info(message: string | undefined): SafeHtml {
  return message ? html`<div class="info" role="status">${message}</div>` : html``;
}

export function csrfField(page: HostedPage): SafeHtml {
  return html`<input
    type="hidden"
    name="_csrf"
    value="${csrfToken(page.ctx, page.req, page.res)}"
  />`;
}

export function field(opts: {
  id: string;
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  value?: string;
  hint?: string;
  invalid?: boolean;
  inputmode?: string;
}): SafeHtml {
  const hintId = opts.hint ? `${opts.id}-hint` : '';
  const describedBy = [hintId, opts.invalid ? 'form-error' : ''].filter(Boolean).join(' ');
  return html`<label for="${opts.id}">${opts.label}</label>
    <input
      id="${opts.id}"
      name="${opts.name}"
      type="${opts.type}"
      autocomplete="${opts.autocomplete}"
      required${opts.value !== undefined ? html` value="${opts.value}"` : ''}${opts.inputmode ? html` inputmode="${opts.inputmode}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${opts.invalid ? html` aria-invalid="true"` : ''}
    />
    ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}`;
}
