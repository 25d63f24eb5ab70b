// Journey 19: a newcomer turns on two-step verification with an authenticator app on Profile
// (the key shown for manual entry, a first code), signs out, and signs in again with password +
// code on the hosted code page, to find their data. Codes are computed from the key at the
// emulator's clock, which the journey moves past the first code's 30-second step (a used code
// cannot be used again).
import { expect, it } from 'vitest';
import { TOTP_STEP_MS, totpCode } from '../../emulator/cognito/mfa/totp';
import {
  submitHostedSignIn,
  signUpToEmptyLedger,
  waitForHostedSignIn,
  waitForTransactions,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

describeEachServerMode(
  'journey 19: two-step sign-in',
  { modes: ['preview'], manualClock: true },
  (env) => {
    it('sets up an authenticator app on Profile, then signs in with password + code', async () => {
      const { app, clock, withPage } = env();
      await withPage('journey-19-two-step', async (page) => {
        const user = newTestUser('journey19');
        await signUpToEmptyLedger(page, app, user);

        const form = page.getByRole('form');
        await page.getByRole('button', { name: 'Add transaction' }).click();
        await form.getByLabel('Description').fill('Rent before two-step');
        await form.getByLabel('Amount').fill('900');
        await form.getByRole('button', { name: 'Save' }).click();
        await form.waitFor({ state: 'detached' });
        await page.getByRole('listitem').filter({ hasText: 'Rent before two-step' }).waitFor();

        await page.getByRole('link', { name: 'Profile' }).click();
        await page.getByText('Off: signing in needs only your password.').waitFor();
        await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
        await page
          .getByRole('img', { name: /QR code to add .* to an authenticator app/ })
          .waitFor();
        const secret = (await page.getByLabel('Key for manual entry').inputValue()).replace(
          /\s/g,
          '',
        );
        await page.getByLabel('Code from the app').fill(totpCode(secret, clock.now()));
        await page.getByRole('button', { name: 'Confirm and turn on' }).click();
        await page.getByRole('status').filter({ hasText: 'Two-step verification is on' }).waitFor();
        await page
          .getByText('On: after your password, enter a code from your authenticator app.')
          .waitFor();
        // Nothing of the key is left on the page or in storage.
        await expect(page.getByLabel('Key for manual entry').count()).resolves.toBe(0);
        const stored = await page.evaluate(() =>
          JSON.stringify([{ ...window.sessionStorage }, { ...window.localStorage }]),
        );
        expect(stored).not.toContain(secret);

        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'You are signed out' }).waitFor();

        await page.getByRole('button', { name: 'Sign in again' }).click();
        await waitForHostedSignIn(page);
        await submitHostedSignIn(page, user);
        const code = page.getByLabel('Code from your authenticator app');
        await code.waitFor();
        // The setup code's step has passed; the next step's code is a new one.
        clock.advance(TOTP_STEP_MS);
        await code.fill(totpCode(secret, clock.now()));
        await page.getByRole('button', { name: 'Sign in' }).click();

        await waitForTransactions(page);
        await page.getByRole('listitem').filter({ hasText: 'Rent before two-step' }).waitFor();
        await page.getByText(`Signed in as ${user.email}`).waitFor();
      });
    });
  },
);
