// The console's App client page over HTTP: the SPA client's settings as the running pool has
// them, config.json from the emulator's own builder, the API mode, and hosted links that open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { startCognito, testAppOrigin } from './start-test-emulator';

let emulator: Emulator;
let page: string;
beforeAll(async () => {
  emulator = await startCognito({ appOrigins: [testAppOrigin] });
  page = await (await fetch(`${emulator.urls.console}/app-client`)).text();
});
afterAll(() => emulator.close());

const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

describe('the App client page', () => {
  it('shows the client as the running pool has it', () => {
    const client = emulator.pool.config.clients[0]!;
    expect(page).toContain(client.clientId);
    for (const url of [...client.callbackUrls, ...client.logoutUrls]) expect(page).toContain(url);
    for (const scope of client.allowedOAuthScopes) expect(page).toContain(`>${scope}<`);
    for (const flow of client.explicitAuthFlows) expect(page).toContain(`>${flow}<`);
    expect(page).toContain('None (a public client)');
    expect(page).toMatch(
      /Refresh token rotation<\/th>\s*<td>(Enabled, grace period \d+ s|Disabled)/,
    );
    expect(page).toMatch(/ID token lifetime<\/th>\s*<td>\d+ (h|min|s|d)/);
  });

  it('shows config.json exactly as the emulator serves it, and the API mode', async () => {
    const served = await (
      await fetch(`${emulator.urls.domain}/_dev/config.json?origin=${testAppOrigin}`)
    ).json();
    expect(page).toContain(escaped(JSON.stringify(served, null, 2)));
    expect(page).toContain('<code class="plain">cognito</code>');
    expect(page).toContain('<code class="plain">id</code>');
  });

  it('links the hosted sign-in and sign-up pages for the client, and they open', async () => {
    for (const label of ['Hosted sign-in page', 'Hosted sign-up page']) {
      const href = new RegExp(`<a href="([^"]+)">${label}</a>`).exec(page)?.[1];
      expect(href).toBeDefined();
      const url = new URL(href!.replaceAll('&amp;', '&'));
      expect(url.searchParams.get('client_id')).toBe(emulator.clientId);
      expect(url.searchParams.get('redirect_uri')).toBe(`${testAppOrigin}/callback`);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<form');
    }
  });
});
