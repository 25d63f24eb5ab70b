// Journey 11: one person, two tabs of the app in one browser. Signing out in one tab signs the
// other out too: it shows the signed-out page, no private data, and needs a new sign-in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';
import {
  seedUser,
  signInThroughApp,
  waitForHostedSignIn,
  waitForTransactionsPage,
} from './a11y/journey-steps';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startAppServer('/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('journey 11: two tabs', () => {
  it('signing out in one tab signs out the other', async () => {
    await withTracedPage(browser, 'journey-11-two-tabs', async (first, context) => {
      const user = await seedUser(app.emulator, 'j11');
      await signInThroughApp(first, app.appUrl, user.email, user.password);
      await first.getByRole('button', { name: 'Add transaction' }).click();
      await first.getByLabel('Description').fill('Private salary');
      await first.getByLabel('Amount').fill('3000');
      await first.getByLabel('Income').check();
      await first.getByRole('button', { name: 'Save' }).click();
      await first.getByRole('listitem').filter({ hasText: 'Private salary' }).waitFor();

      // The second tab signs in through the hosted session (SSO cookie): no form to fill.
      const second = await context.newPage();
      await second.goto(`${app.appUrl}transactions`);
      await waitForTransactionsPage(second, app.appUrl);
      await second.getByRole('listitem').filter({ hasText: 'Private salary' }).waitFor();

      await first.getByRole('button', { name: 'Sign out' }).click();
      await first.getByRole('heading', { name: 'You are signed out' }).waitFor();

      await second.getByRole('heading', { name: 'You are signed out' }).waitFor();
      await second.getByText('You signed out in another tab').waitFor();
      expect(new URL(second.url()).pathname).toBe('/signed-out');
      expect(await second.getByText('Private salary').count()).toBe(0);
      expect(await second.getByText(user.email).count()).toBe(0);
      const stored = await second.evaluate(() => JSON.stringify(window.sessionStorage));
      expect(stored).not.toMatch(/token/i);

      // The hosted session ended too: the private page asks for the password again.
      await second.goto(`${app.appUrl}transactions`);
      await waitForHostedSignIn(second);
    });
  });
});
