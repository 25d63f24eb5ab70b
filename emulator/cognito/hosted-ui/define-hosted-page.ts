import { describeFormProblem, readForm, type FormProblem } from '../../http/form';
import { html, type SafeHtml } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { checkAuthorizeRequest, type AuthorizeRequest } from '../oauth/authorize-request';
import { csrfMatches } from '../../http/csrf';
import { hrefFor, renderErrorPage, type HostedPage } from './hosted-page';
import type { HostedText } from './i18n/hosted-text';
import { alert, info, postForm } from './page-markup';

export const formBodyLimit = 16 * 1024;

export type PageMethod = 'GET' | 'POST';

/** An error page's description: our own text in the page's language, or a protocol one. */
export type PageErrorText = string | ((text: HostedText) => string);

/**
 * Ends a request with Cognito's error page (thrown; the scaffolding renders it). A string
 * description is a protocol text (English, as sent to apps); the page shows it translated.
 */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: PageErrorText,
  ) {
    super(typeof description === 'string' ? description : error);
    this.name = 'PageError';
  }
}

/** Ends a request with a redirect (an authorize error the app may see, with its `state`). */
export class PageRedirect extends Error {
  constructor(readonly location: string) {
    super(location);
    this.name = 'PageRedirect';
  }
}

/** Shows the form again with a message (and, optionally, other values than those posted). */
export class FormError<V> extends Error {
  constructor(
    message: string,
    readonly values?: V,
  ) {
    super(message);
    this.name = 'FormError';
  }
}

/** A path of the hosted UI and what answers it. */
export interface HostedRoute {
  readonly paths: readonly string[];
  handle(page: HostedPage): Promise<void>;
}

/** Validates the authorize parameters a page carries; throws the answer when they fail. */
export function requireAuthorizeRequest(
  page: HostedPage,
  params: URLSearchParams = page.url.searchParams,
): AuthorizeRequest {
  const check = checkAuthorizeRequest(page.ctx.config, params);
  if (check.ok) return withLang(check.request, page);
  if (check.kind === 'redirect') throw new PageRedirect(check.location);
  throw new PageError(400, check.error, check.description);
}

/** The request whose links and forms carry the language the browser chose. */
function withLang(request: AuthorizeRequest, page: HostedPage): AuthorizeRequest {
  if (!page.lang.chosen) return request;
  const query = new URLSearchParams(request.query);
  query.set('lang', page.lang.code);
  return { ...request, query };
}

const formRefusal = (problem: FormProblem): PageError => {
  const { status, code, message } = describeFormProblem(problem);
  return new PageError(status, code, message);
};

/** Reads a posted form: content type, size limit, no repeated fields, CSRF double-submit. */
async function readPostedForm(page: HostedPage): Promise<Map<string, string>> {
  const fields = await readForm(page.req, formBodyLimit, formRefusal);
  if (!csrfMatches(page.req, fields.get('_csrf'))) {
    throw new PageError(403, 'invalid_csrf_token', (t) => t.error.formExpired);
  }
  return fields;
}

/**
 * A hosted route without a form of its own (error, logout): the method check, and the error
 * page or redirect for a PageError or PageRedirect thrown by `handle`.
 */
export function defineHostedRoute(spec: {
  path: string | readonly string[];
  methods: readonly PageMethod[];
  handle(page: HostedPage): void | Promise<void>;
}): HostedRoute {
  const paths = typeof spec.path === 'string' ? [spec.path] : spec.path;
  return {
    paths,
    async handle(page) {
      try {
        if (!spec.methods.includes(page.req.method as PageMethod)) {
          page.res.setHeader('Allow', spec.methods.join(', '));
          throw new PageError(405, 'method_not_allowed', (t) =>
            t.error.methodNotAllowed(spec.methods),
          );
        }
        await spec.handle(page);
      } catch (error) {
        if (error instanceof PageRedirect) return redirect(page.res, error.location);
        if (error instanceof PageError) {
          const { description: d, error: code } = error;
          const shown = typeof d === 'string' ? page.text.error.describe(code, d) : d(page.text);
          return renderErrorPage(page.res, error.status, code, shown, page.text);
        }
        throw error;
      }
    },
  };
}

/** What `render` gets: the request, the values to show, and an error or notice. */
export interface PageView<V, L> {
  readonly page: HostedPage;
  readonly request: AuthorizeRequest;
  readonly loaded: L;
  readonly values: V;
  readonly error?: string | undefined;
  readonly notice?: string | undefined;
}

/** What `submit` gets: the posted form (CSRF already checked) and the values read from it. */
export interface Submission<V, L> {
  readonly page: HostedPage;
  readonly request: AuthorizeRequest;
  readonly loaded: L;
  readonly form: ReadonlyMap<string, string>;
  readonly values: V;
}

/** A text of the page's language (`page.text`), which may follow the page's pool. */
export type PageText = (page: HostedPage) => string;

export interface HostedPageSpec<V, L> {
  path: string | readonly string[];
  /** Default GET and POST: GET renders the form, POST submits it. */
  methods?: readonly PageMethod[];
  /**
   * Runs for every method once the authorize parameters are valid, e.g. to find the browser's
   * pending step; throw a PageRedirect when there is none.
   */
  load?(page: HostedPage, request: AuthorizeRequest): L;
  /** Answers GET instead of rendering the form (pages that only redirect). */
  get?(page: HostedPage, request: AuthorizeRequest, loaded: L): void | Promise<void>;
  /** The document title; also the heading unless `heading` says otherwise. */
  title?: PageText;
  heading?: PageText;
  /** A paragraph between the heading and the messages. */
  intro?: PageText;
  /** A paragraph between the messages and the form. */
  prompt?: PageText;
  /** The page's form, posted back to its first path; `asf` adds Cognito's (empty) ASF field. */
  form?: { name: string; asf?: boolean; body(view: PageView<V, L>): SafeHtml };
  /** What follows the form: links, a second form. */
  after?(view: PageView<V, L>): SafeHtml;
  /** The values a GET shows; `?notice=` picks one of `notices` (in the page's language). */
  initial?(page: HostedPage): V;
  notices?(text: HostedText): Readonly<Record<string, string>>;
  /** The values a failed POST shows again. */
  posted?(form: ReadonlyMap<string, string>): V;
  /**
   * Handles the POST and answers it (usually a redirect). A CognitoError or FormError it throws
   * shows the form again with the message, status 400.
   */
  submit?(submission: Submission<V, L>): void | Promise<void>;
}

/**
 * A hosted page with a form: allowed methods, authorize parameters carried from step to step,
 * the posted form with its CSRF check, render, and the form again with the error on failure.
 */
export function defineHostedPage<V = Record<string, never>, L = undefined>(
  spec: HostedPageSpec<V, L>,
): HostedRoute {
  const noValues = () => ({}) as V;
  const paths = typeof spec.path === 'string' ? [spec.path] : spec.path;
  const show = (view: PageView<V, L>, status: number) => {
    const { form, title } = spec;
    if (!form || title === undefined) throw new Error(`The hosted page ${paths[0]} has no form`);
    const action = hrefFor(paths[0]!, view.request);
    const paragraph = (t: PageText | undefined) => {
      const shown = t?.(view.page);
      return shown ? html`<p>${shown}</p>` : '';
    };
    sendPage(
      view.page.res,
      status,
      title(view.page),
      html`<h1>${(spec.heading ?? title)(view.page)}</h1>
        ${paragraph(spec.intro)} ${info(view.notice)} ${alert(view.error)} ${paragraph(spec.prompt)}
        ${postForm(view.page, { name: form.name, action, asf: form.asf }, form.body(view))}
        ${spec.after?.(view) ?? ''}`,
      { lang: view.page.text.htmlLang },
    );
  };
  return defineHostedRoute({
    path: paths,
    methods: spec.methods ?? ['GET', 'POST'],
    async handle(page) {
      const request = requireAuthorizeRequest(page);
      const loaded = spec.load ? spec.load(page, request) : (undefined as L);
      if (page.req.method === 'GET') {
        if (spec.get) return spec.get(page, request, loaded);
        const key = page.url.searchParams.get('notice') ?? '';
        // Own keys only: `?notice=constructor` must not find Object's.
        const notices = spec.notices?.(page.text);
        const notice = notices && Object.hasOwn(notices, key) ? notices[key] : undefined;
        const values = (spec.initial ?? noValues)(page);
        return show({ page, request, loaded, values, notice }, 200);
      }
      const form = await readPostedForm(page);
      const values = (spec.posted ?? noValues)(form);
      try {
        await spec.submit?.({ page, request, loaded, form, values });
      } catch (error) {
        if (error instanceof FormError)
          return show(
            { page, request, loaded, values: error.values ?? values, error: error.message },
            400,
          );
        if (error instanceof CognitoError)
          return show({ page, request, loaded, values, error: page.text.cognitoError(error) }, 400);
        throw error;
      }
    },
  });
}
