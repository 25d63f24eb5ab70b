// A tiny cookie-keeping "browser" for tests and the bench: no redirects followed automatically,
// so every hop can be asserted. Not used by the emulator itself.
import { sendPipelined } from './pipelined-requests';

export interface BrowserResponse {
  status: number;
  location: string | null;
  headers: Headers;
  body: string;
}

export interface FormOnPage {
  action: string;
  fields: Record<string, string>;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Reads a form (by its `name` attribute or the first form) and its hidden and prefilled inputs. */
export function findForm(html: string, name?: string): FormOnPage {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const match = name ? forms.find((f) => f[1]!.includes(`name="${name}"`)) : forms[0];
  if (!match) throw new Error(`No form ${name ?? ''} on the page:\n${html.slice(0, 2000)}`);
  const action = /action="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const input of match[2]!.matchAll(/<input\b([^>]*)>/g)) {
    const n = /name="([^"]*)"/.exec(input[1]!)?.[1];
    const v = /value="([^"]*)"/.exec(input[1]!)?.[1];
    if (n && v !== undefined) fields[unescape(n)] = unescape(v);
  }
  return { action: unescape(action), fields };
}

export class HostedUiBrowser {
  readonly cookies = new Map<string, string>();
  constructor(readonly origin: string) {}

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '')
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(
    pathOrUrl: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<BrowserResponse> {
    const url = new URL(pathOrUrl, this.origin);
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    this.remember(res.headers);
    return {
      status: res.status,
      location: res.headers.get('location'),
      headers: res.headers,
      body: await res.text(),
    };
  }

  /** Fills and posts a form found on a page; `values` override the page's own fields. */
  async submit(
    page: BrowserResponse,
    values: Record<string, string>,
    formName?: string,
  ): Promise<BrowserResponse> {
    const form = findForm(page.body, formName);
    return this.request(form.action, { form: { ...form.fields, ...values } });
  }

  /**
   * Posts a page's form once per entry of `valuesList`, all in one burst (pipelined on one
   * connection, so the server gets them at once and in this order). Cookies are not updated.
   */
  async submitAll(
    page: BrowserResponse,
    valuesList: readonly Record<string, string>[],
    formName?: string,
  ): Promise<BrowserResponse[]> {
    const form = findForm(page.body, formName);
    const url = new URL(form.action, this.origin);
    const answers = await sendPipelined(
      url.origin,
      valuesList.map((values) => ({
        method: 'POST',
        path: `${url.pathname}${url.search}`,
        headers: {
          cookie: this.cookieHeader(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ ...form.fields, ...values }).toString(),
      })),
    );
    return answers.map((a) => ({
      status: a.status,
      location: a.headers.location ?? null,
      headers: new Headers(a.headers),
      body: a.body,
    }));
  }

  /**
   * authorize -> /login -> post credentials. Returns the answer to the post (a 302 to the app
   * on success) or, when the session cookie answered at once, the authorize response itself.
   */
  async signIn(authorizeUrl: string, username: string, password: string): Promise<BrowserResponse> {
    const first = await this.request(authorizeUrl);
    if (first.status !== 302 || !first.location) return first;
    if (!new URL(first.location, this.origin).pathname.startsWith('/login')) return first;
    const login = await this.request(first.location);
    if (login.status !== 200) return login;
    return this.submit(login, { username, password }, 'cognitoSignInForm');
  }
}
