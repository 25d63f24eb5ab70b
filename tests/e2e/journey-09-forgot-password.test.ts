// Journey 9: a user who forgot their password resets it from the hosted sign-in page with the
// mailed code, then signs in with the new password and lands in the app. Done with the keyboard
// alone (Tab, typing, Enter): every step must be reachable without a pointer.
import { expect, it } from 'vitest';
import { appPath } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { tabAndPress, tabAndType } from './support/keyboard';
import { createConfirmedUser, readCode } from './support/users';
import { mailboxMark, waitForSignedInAs } from './a11y/journey-steps';

describeEachServerMode('journey 9: forgot password', { modes: ['preview'] }, (env) => {
  it('resets the password with the mailed code and signs in with the new one, by keyboard', async () => {
    const { app, withPage } = env();
    await withPage('journey-09-forgot-password', async (page) => {
      const user = await createConfirmedUser(app, 'journey9');
      const newPassword = 'New-password-2?';
      const sentAfter = mailboxMark(app, user.email);

      await page.goto(app.appUrl);
      await page.getByRole('heading', { name: 'Your money, in one list' }).waitFor();
      await tabAndPress(page, page.getByRole('button', { name: 'Sign in' }));

      await page.getByRole('heading', { name: 'Sign in with your email and password' }).waitFor();
      await tabAndPress(page, page.getByRole('link', { name: 'Forgot your password?' }));

      await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
      await tabAndType(page, page.getByLabel('Email'), user.email);
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
      await page.getByText('If an account exists for this email').waitFor();
      const code = await readCode(app, user.email, { sentAfter });
      await tabAndType(page, page.getByLabel('Code'), code);
      await tabAndType(page, page.getByLabel('New password', { exact: true }), newPassword);
      await tabAndType(page, page.getByLabel('Enter new password again'), newPassword);
      await tabAndPress(page, page.getByRole('button', { name: 'Change password' }));

      // Back on the sign-in page: the old password no longer works, the new one does.
      await page.waitForURL(/\/login\?/);
      const username = page.locator('#signInFormUsername');
      const password = page.locator('#signInFormPassword');
      await tabAndType(page, username, user.email);
      await tabAndType(page, password, user.password);
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .filter({ hasText: 'Incorrect username or password.' })
        .waitFor();
      await tabAndType(page, username, user.email);
      await tabAndType(page, password, newPassword);
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Transactions', level: 1 }).waitFor();
      await waitForSignedInAs(page, user.email);
      expect(appPath(page, app)).toBe('/transactions');
    });
  });
});
