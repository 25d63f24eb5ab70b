import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError } from '../cognito/cognito-error';
import { csrfMatches, csrfToken } from '../http/csrf';
import { devToolRefusal } from '../http/dev-tool-guard';
import { readForm, type FormProblem } from '../http/form';
import { html } from '../http/html-escape';
import { redirect, sendInternalError } from '../http/respond';
import { sendConsolePage } from './console-layout';
import { takeNotice, setNotice } from './console-notice';
import {
  consoleBase,
  type ConsoleAnswer,
  type ConsoleEnvironment,
  type ConsolePage,
  type ConsoleRequest,
} from './console-page';
import { consolePages } from './console-pages';
import { matchConsolePath } from './match-console-path';

/** Console forms are small (a user's attributes at most). */
export const consoleFormLimit = 16 * 1024;

/** A refusal the router shows as a page with its status (never a stack or internal detail). */
class ConsoleRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleRefusal';
  }
}

const formRefusal = (problem: FormProblem): Error => {
  switch (problem.kind) {
    case 'mediaType':
      return new ConsoleRefusal(
        415,
        'Console forms are sent as application/x-www-form-urlencoded.',
      );
    case 'tooLarge':
      return new ConsoleRefusal(413, `The form is larger than ${problem.limit} bytes.`);
    case 'duplicate':
      return new ConsoleRefusal(400, `The field ${problem.field} was sent more than once.`);
  }
};

function findPage(
  pages: readonly ConsolePage[],
  path: string,
): { page: ConsolePage; params: Record<string, string> } | null {
  for (const page of pages) {
    const params = matchConsolePath(page.path, path);
    if (params) return { page, params };
  }
  return null;
}

async function answerOf(
  request: ConsoleRequest,
  page: ConsolePage,
  method: string,
): Promise<ConsoleAnswer> {
  if (method === 'GET' || method === 'HEAD') return page.get(request);
  if (method === 'POST' && page.post) {
    const form = await readForm(request.req, consoleFormLimit, formRefusal);
    if (!csrfMatches(request.req, form.get('_csrf')))
      throw new ConsoleRefusal(
        403,
        'This form has expired or was sent from another site. Go back, reload the page and try again.',
      );
    return page.post(request, form);
  }
  throw new ConsoleRefusal(405, `This page answers ${page.post ? 'GET and POST' : 'GET'}.`);
}

/** True for the console's paths (`/_dev/console` and below). */
export const isConsolePath = (path: string): boolean =>
  path === consoleBase || path.startsWith(`${consoleBase}/`);

/**
 * `{domain}/_dev/console/…`: the local console. Answers only loopback, same-origin requests
 * (the dev-tool guard the mailbox uses); every form carries the CSRF double-submit token; a POST
 * answers with a redirect and a one-time notice. Returns false for paths outside the console.
 */
export async function routeConsole(
  env: ConsoleEnvironment,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const path = url.pathname;
  if (!isConsolePath(path)) return false;
  try {
    await answerConsole(env, req, res, url);
  } catch (error) {
    const where = `[console] internal error on ${req.method} ${path}`;
    sendInternalError(
      res,
      env.pools.primary.log,
      where,
      error,
      'Internal error in the local console.',
    );
  }
  return true;
}

async function answerConsole(
  env: ConsoleEnvironment,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname;
  const pages = consolePages;
  const show = (status: number, title: string, message: string, current?: ConsolePage) =>
    sendConsolePage(res, {
      status,
      title,
      body: html`<h1>${title}</h1>
        <p class="alert" role="alert">${message}</p>`,
      pages,
      current,
    });
  const refused = devToolRefusal(req, env.access, 'console', 'same-origin');
  if (refused !== null) {
    show(403, 'Forbidden', refused);
    return;
  }
  const rest = path.slice(consoleBase.length).replace(/\/$/, '');
  const found = findPage(pages, rest);
  if (!found) {
    show(404, 'Not found', 'There is no console page at this address.');
    return;
  }
  const { page, params } = found;
  const request: ConsoleRequest = {
    env,
    req,
    url,
    params,
    csrfField: () =>
      html`<input
        type="hidden"
        name="_csrf"
        value="${csrfToken(env.pools.primary.ids, req, res)}"
      />`,
  };
  try {
    const answer = await answerOf(request, page, req.method ?? 'GET');
    if (answer.kind === 'redirect') {
      // Only ever to a console page: a redirect target is built by the pages, never read from input.
      if (!answer.to.startsWith(`${consoleBase}`)) throw new Error('Console redirect off-console');
      if (answer.notice) setNotice(res, answer.notice);
      redirect(res, answer.to, 303);
      return;
    }
    sendConsolePage(res, {
      status: answer.status ?? 200,
      title: answer.title,
      body: answer.body,
      pages,
      current: page,
      notice: takeNotice(req, res),
    });
  } catch (error) {
    if (error instanceof ConsoleRefusal) {
      if (error.status === 405) res.setHeader('Allow', page.post ? 'GET, POST' : 'GET');
      show(error.status, 'Request refused', error.message, page);
    } else if (error instanceof CognitoError) {
      show(error.status, error.type, error.message, page);
    } else throw error;
  }
}
