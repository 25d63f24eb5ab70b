// The local console's shell over HTTP: its pages and nav, the dev-tool guard (loopback, own host
// name, same origin only), the CSRF check on forms and the page security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { consolePages } from '../../emulator/console/console-pages';
import { consolePath } from '../../emulator/console/console-page';
import { startCognito, statusUnderHost, testAppOrigin } from './start-test-emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startCognito({ appOrigins: [testAppOrigin] });
});
afterAll(() => emulator.close());

const navPages = consolePages.filter((p) => p.navLabel !== undefined);

describe('the console shell', () => {
  it('lists Users, Create user, App client and Test the authorizer in its nav', () => {
    expect(navPages.map((p) => p.navLabel)).toEqual([
      'Users',
      'Create user',
      'App client',
      'Test the authorizer',
    ]);
  });

  it.each(navPages.map((p) => [p.navLabel, consolePath(p.path)]))(
    'serves %s at %s with the nav, script-free and unframeable',
    async (label, path) => {
      const res = await fetch(`${emulator.urls.domain}${path}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('cache-control')).toBe('no-store');
      // Under no-referrer Chromium posts same-origin forms with `Origin: null`, which is refused.
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      const body = await res.text();
      expect(body).toContain('<nav aria-label="Console">');
      expect(body).toMatch(new RegExp(`aria-current="page"\\s*>${label}<`));
      expect(body).not.toContain('<script');
    },
  );

  it('answers an unknown console path with 404 and a bad method with 405', async () => {
    expect((await fetch(`${emulator.urls.console}/nope`)).status).toBe(404);
    const put = await fetch(emulator.urls.console, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
  });

  it.each(['https://evil.example', 'null', testAppOrigin])(
    'refuses a request from %s, even the app origin',
    async (origin) => {
      const res = await fetch(emulator.urls.console, { headers: { origin } });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('answers only its own pages');
    },
  );

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect(await statusUnderHost(emulator, '/_dev/console', 'evil.example')).toBe(403);
  });

  it('links the console from the mailbox', async () => {
    expect(await (await fetch(emulator.urls.mailbox)).text()).toContain('href="/_dev/console"');
  });
});
