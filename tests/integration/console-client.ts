// A browser's view of the local console for the integration tests: it keeps the cookies the
// console sets (CSRF token, notice), reads the CSRF token from a page's form and posts forms
// from the console's own origin, not following redirects so tests see the 303.
import type { Emulator } from '../../emulator/create-emulator';

export interface ConsoleClient {
  get(path: string): Promise<{ status: number; html: string }>;
  /** Posts `fields` (with the page's CSRF token unless `csrf` is given) from the console's origin. */
  post(
    path: string,
    fields: Record<string, string>,
    options?: { csrf?: string | null; origin?: string | null },
  ): Promise<Response>;
  /** Posts, then follows the 303 and returns the page it leads to. */
  submit(
    path: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; html: string; location: string | null }>;
}

export function consoleClient(emulator: Emulator): ConsoleClient {
  const jar = new Map<string, string>();
  let csrf = '';
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/Max-Age=0/.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const get = async (path: string) => {
    const res = await fetch(`${emulator.urls.domain}${path}`, { headers: { cookie: cookie() } });
    keep(res);
    const html = await res.text();
    const token = /name="_csrf"\s+value="([^"]+)"/.exec(html);
    if (token) csrf = token[1]!;
    return { status: res.status, html };
  };
  const post: ConsoleClient['post'] = async (path, fields, options = {}) => {
    if (csrf === '') await get('/_dev/console/users/new');
    const token = options.csrf === undefined ? csrf : options.csrf;
    const body = new URLSearchParams({ ...(token === null ? {} : { _csrf: token }), ...fields });
    const origin = options.origin === undefined ? emulator.urls.domain : options.origin;
    const res = await fetch(`${emulator.urls.domain}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: cookie(),
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin === null ? {} : { origin }),
      },
      body,
    });
    keep(res);
    return res;
  };
  return {
    get,
    post,
    async submit(path, fields) {
      const res = await post(path, fields);
      const location = res.headers.get('location');
      if (res.status !== 303 || location === null)
        return { status: res.status, html: await res.text(), location };
      const page = await get(location);
      return { ...page, location };
    },
  };
}
