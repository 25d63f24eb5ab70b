// Journey 9: a user who forgot their password resets it from the hosted sign-in page with the
// mailed code, then signs in with the new password and lands in the app.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';
import {
  seedUser,
  seenMessageIds,
  submitHostedSignIn,
  waitForHostedSignIn,
  waitForNewCode,
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

describe('journey 9: forgot password', () => {
  it('resets the password with the mailed code and signs in with the new one', async () => {
    await withTracedPage(browser, 'journey-09-forgot-password', async (page) => {
      const user = await seedUser(app.emulator, 'j09', 'Old-password-1!');
      const newPassword = 'New-password-2?';
      const before = seenMessageIds(app.emulator, user.email);

      await page.goto(app.appUrl);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForHostedSignIn(page);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();

      await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
      await page.getByLabel('Email').fill(user.email);
      await page.getByRole('button', { name: 'Reset my password' }).click();

      await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
      await page.getByText('If an account exists for this email').waitFor();
      const code = await waitForNewCode(app.emulator, user.email, before);
      await page.getByLabel('Code').fill(code);
      await page.getByLabel('New password', { exact: true }).fill(newPassword);
      await page.getByLabel('Enter new password again').fill(newPassword);
      await page.getByRole('button', { name: 'Change password' }).click();

      // Back on the sign-in page: the old password no longer works, the new one does.
      await waitForHostedSignIn(page);
      await submitHostedSignIn(page, user.email, user.password);
      await page
        .getByRole('alert')
        .filter({ hasText: 'Incorrect username or password.' })
        .waitFor();
      await submitHostedSignIn(page, user.email, newPassword);

      await waitForTransactionsPage(page, app.appUrl);
      await page.getByText(`Signed in as ${user.email}`).waitFor();
      expect(page.url()).toBe(`${app.appUrl}transactions`);
    });
  });
});
