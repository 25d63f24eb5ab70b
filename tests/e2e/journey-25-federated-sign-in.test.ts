// Journey 25: a newcomer takes "Continue with Google" on the landing page, meets the local test
// IdP (Google's stand-in offline), creates a test identity and is back in the app on an empty
// ledger of its own; a transaction saves, Profile says the session came from Google, and a
// second sign-in as the same identity finds that transaction again.
import { expect, it } from 'vitest';
import { appPath, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { createTestIdentity, pickTestIdentity } from './support/test-idp';
import { uniqueEmail } from './support/users';

describeEachServerMode('journey 25: federated sign-in', { modes: ['preview'] }, (env) => {
  it('continues with Google through the local test IdP to an empty ledger of its own', async () => {
    const { app, withPage } = env();
    const email = uniqueEmail('journey25');
    await withPage(
      'journey-25-federated-sign-in',
      async (page) => {
        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Continue with Google' }).click();
        // tests/e2e/accessibility-hosted.test.ts scans this page with axe; here it is only crossed.
        await createTestIdentity(page, { email, name: 'Grace Hopper' });

        await waitForTransactions(page);
        expect(appPath(page, app)).toBe('/transactions');
        expect(page.url()).not.toMatch(/[?&](code|state)=/);
        await page.getByText('No transactions yet.').waitFor();
        await page.getByText(`Signed in as ${email}`).waitFor();

        await page.getByRole('button', { name: 'Add transaction' }).click();
        const form = page.getByRole('form');
        await form.getByLabel('Description').fill('Coffee');
        await form.getByRole('radio', { name: 'Expense' }).check();
        await form.getByLabel('Amount').fill('3.20');
        await form.getByLabel('Currency').selectOption('USD');
        await form.getByRole('button', { name: 'Save' }).click();
        const rows = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem');
        await rows.filter({ hasText: 'Coffee' }).waitFor();
        await expect(rows.allTextContents()).resolves.toHaveLength(1);

        await page.getByRole('link', { name: 'Profile' }).click();
        await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
        await page.getByRole('term').filter({ hasText: 'Signed in with' }).waitFor();
        await page
          .getByRole('definition')
          .filter({ hasText: /^Google$/ })
          .waitFor();

        // A second sign-in as the same test identity is the same user, with its transaction.
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
        await page.getByRole('button', { name: 'Continue with Google' }).click();
        await pickTestIdentity(page, email);
        await waitForTransactions(page);
        await rows.filter({ hasText: 'Coffee' }).waitFor();
      },
      { locale: 'en-US' },
    );
  });
});
