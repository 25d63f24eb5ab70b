// The real app in Chromium through the emulator's hosted pages: create an account, read the
// code from the mailbox JSON, confirm, land on the transactions, add one, sign out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startAppServer({
    base: '/app/',
    sharedDynamoDbEndpoint: inject('sharedDynamoDbEndpoint'),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface MailMessage {
  readonly to: string;
  readonly code: string | null;
}

/** Polls the mailbox JSON (bounded: 5 s) for the newest code sent to `to`. */
async function readCode(to: string): Promise<string> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const url = `${app.emulator.urls.mailboxJson}?to=${encodeURIComponent(to)}`;
    const messages = (await (await fetch(url)).json()) as MailMessage[];
    const code = messages.findLast((message) => message.code)?.code;
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No code arrived for ${to}`);
}

async function signInIfAsked(page: Page, email: string, password: string) {
  if (await page.locator('#signInFormUsername').isVisible()) {
    await page.fill('#signInFormUsername', email);
    await page.fill('#signInFormPassword', password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
}

describe('the SPA in Chromium', () => {
  it('signs up, confirms with the mailed code, adds a transaction and signs out', async () => {
    await withTracedPage(browser, 'spa-signup', async (page) => {
      const email = `e2e-${Date.now()}@example.com`;
      const password = 'Correct-horse-9-battery';
      await page.goto(app.appUrl);
      await page.getByRole('button', { name: 'Create account' }).click();

      await page.waitForURL(/\/signup\?/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Confirm password').fill(password);
      await page.getByRole('button', { name: 'Sign up' }).click();

      await page.getByLabel('Verification code').fill(await readCode(email));
      await page.getByRole('button', { name: 'Confirm account' }).click();
      await page.waitForLoadState();
      await signInIfAsked(page, email, password);

      await page.getByRole('heading', { name: 'Transactions' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/transactions');
      expect(page.url()).not.toMatch(/[?&](code|state)=/);
      await page.getByText('No transactions yet.').waitFor();

      await page.getByRole('button', { name: 'Add transaction' }).click();
      await page.getByLabel('Description').fill('Coffee beans');
      await page.getByLabel('Amount').fill('12.5');
      await page.getByLabel('Currency').selectOption('EUR');
      await page.getByRole('button', { name: 'Save' }).click();
      const row = page.getByRole('listitem').filter({ hasText: 'Coffee beans' });
      await row.waitFor();
      expect(await row.textContent()).toContain('€12.50');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/signed-out');
      const stored = await page.evaluate(() => window.sessionStorage.length);
      expect(stored).toBe(0);

      // Back must not bring the list back from memory or the bfcache.
      await page.goBack();
      await page.waitForLoadState();
      expect(await page.getByText('Coffee beans').count()).toBe(0);
    });
  });
});
