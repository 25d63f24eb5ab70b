// Posting a console form as a browser does: GET the page for its CSRF cookie and hidden field,
// then POST the fields with both. For the console pages' integration tests.
import type { Emulator } from '../../emulator/create-emulator';

export interface ConsoleAnswer {
  readonly status: number;
  readonly body: string;
}

/** GETs `path` (below the domain), then POSTs `fields` with its CSRF token. */
export async function postConsoleForm(
  emulator: Emulator,
  path: string,
  fields: Record<string, string>,
  options: { csrf?: boolean } = {},
): Promise<ConsoleAnswer> {
  const url = `${emulator.urls.domain}${path}`;
  const page = await fetch(url);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = /name="_csrf"\s+value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const body = new URLSearchParams({
    ...fields,
    ...(options.csrf === false ? {} : { _csrf: csrf }),
  });
  const res = await fetch(url, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  return { status: res.status, body: await res.text() };
}
