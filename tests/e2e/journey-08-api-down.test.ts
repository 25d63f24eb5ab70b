// Journey 8: the Transactions API goes away (gateway stopped) while a user is signed in. The
// page says so and offers a retry; when the API is back the retry shows the data again, and
// the user was never signed out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';
import { seedUser, signInThroughApp } from './a11y/journey-steps';

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

describe('journey 8: API down', () => {
  it('shows an error with retry while the gateway is stopped and recovers without signing out', async () => {
    const api = app.emulator.api!;
    await withTracedPage(browser, 'journey-08-api-down', async (page) => {
      const user = await seedUser(app.emulator, 'j08');
      await signInThroughApp(page, app.appUrl, user.email, user.password);

      await page.getByRole('button', { name: 'Add transaction' }).click();
      await page.getByLabel('Description').fill('Rent');
      await page.getByLabel('Amount').fill('900');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Rent' }).waitFor();

      await api.stop();
      try {
        // A full reload: the session comes back from storage, the list request fails.
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: 'Could not connect' });
        await alert.waitFor();
        expect(await page.getByText('Rent').count()).toBe(0);
        const retry = alert.getByRole('button', { name: 'Try again' });

        // Retrying while it is still down keeps showing the error, not a blank page.
        await retry.click();
        await alert.waitFor();
      } finally {
        await api.restart();
      }

      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Rent' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(page.url()).toBe(`${app.appUrl}transactions`);
      await page.getByText(`Signed in as ${user.email}`).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    });
  });
});
