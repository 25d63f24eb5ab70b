// Journey 20: what the tutorials do in the AWS console, in the local console: create a user with
// a temporary password (by keyboard, by visible labels), sign in to the app with it, choose a new
// password on the hosted page, and see the console list the user CONFIRMED.
import { expect, it } from 'vitest';
import {
  appPath,
  chooseNewPassword,
  submitHostedSignIn,
  waitForHostedSignIn,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { tabAndPress, tabAndType } from './support/keyboard';
import { uniqueEmail } from './support/users';
import { waitForSignedInAs } from './a11y/journey-steps';

describeEachServerMode(
  'journey 20: a user created in the console',
  { modes: ['preview'] },
  (env) => {
    it('signs in with the temporary password, must choose a new one, then shows CONFIRMED', async () => {
      const { app, withPage } = env();
      await withPage('journey-20-console-created-user', async (page) => {
        const email = uniqueEmail('journey20');
        const temporaryPassword = 'Temp-pass-1!';
        const newPassword = 'Chosen-pass-2?';

        await page.goto(app.emulator.urls.console);
        await page
          .getByRole('navigation', { name: 'Console' })
          .getByRole('link', { name: 'Create user' })
          .click();
        await page.getByRole('heading', { name: 'Create user', level: 1 }).waitFor();
        await tabAndType(page, page.getByLabel('Email address', { exact: true }), email);
        await tabAndType(
          page,
          page.getByLabel('Temporary password', { exact: true }),
          temporaryPassword,
        );
        await expect
          .poll(() => page.getByLabel('Mark email address as verified').isChecked())
          .toBe(true);
        await page.getByLabel("Don't send an invitation").check();
        await tabAndPress(page, page.getByRole('button', { name: 'Create user' }));
        await page
          .getByRole('status')
          .filter({ hasText: `User ${email} created.` })
          .waitFor();
        await page.getByRole('heading', { name: email, level: 1 }).waitFor();
        await page.getByText('FORCE_CHANGE_PASSWORD').waitFor();

        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);
        await submitHostedSignIn(page, { email, password: temporaryPassword });
        await chooseNewPassword(page, newPassword);
        await page.getByText('No transactions yet.').waitFor();
        await waitForSignedInAs(page, email);
        expect(appPath(page, app)).toBe('/transactions');

        await page.goto(app.emulator.urls.console);
        await page.getByLabel('Email starts with').fill(email);
        await page.getByRole('button', { name: 'Search' }).click();
        const row = page.getByRole('row').filter({ hasText: email });
        await row.getByRole('cell', { name: 'CONFIRMED', exact: true }).waitFor();
        await row.getByRole('link', { name: email }).click();
        await page
          .getByRole('cell', { name: 'Password accepted, new password required' })
          .waitFor();
      });
    });
  },
);
