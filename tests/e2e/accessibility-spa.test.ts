// axe-core (WCAG 2.0/2.1 A + AA) over every page of the SPA in the states the journeys reach:
// public pages, callback and config failures, and the signed-in pages with forms, errors and
// confirmations showing, in both colour schemes. Serious or critical violations fail, each
// printed with its fix.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { signInFromLanding, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { createConfirmedUser, seedTransactions } from './support/users';
import { createAccessibilityReport } from './a11y/axe-scan';

/** Opens `path` under the app's base and waits for its main heading. */
async function openAt(page: Page, app: AppServer, path: string, heading: string | RegExp) {
  await page.goto(`${app.appUrl}${path}`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describeEachServerMode('accessibility of the SPA', { modes: ['preview'] }, (env) => {
  it('has no serious violations on the public pages and the failure pages', async () => {
    const { app, withPage } = env();
    const report = createAccessibilityReport();
    await withPage('a11y-spa-public', async (page) => {
      await openAt(page, app, '', 'Your money, in one list');
      await report.scan(page, 'landing');

      await openAt(page, app, 'no-such-page', 'Page not found');
      await report.scan(page, '404');

      await openAt(page, app, 'signed-out', 'You are signed out');
      await report.scan(page, 'signed-out');
      await openAt(page, app, 'signed-out?reason=other-tab', 'You are signed out');
      await report.scan(page, 'signed-out (other tab)');

      await openAt(
        page,
        app,
        'callback?error=access_denied&state=unknown',
        'Sign-in did not finish',
      );
      await page.getByRole('alert').waitFor();
      await report.scan(page, 'callback error (access_denied, unknown state)');
      await openAt(page, app, 'callback?code=abc', 'Sign-in did not finish');
      await report.scan(page, 'callback error (no state)');
      await openAt(page, app, 'callback', 'Nothing to finish here');
      await report.scan(page, 'callback without a response');
    });

    // A deployment with a broken config.json shows the configuration error page.
    await withPage('a11y-spa-config-error', async (page) => {
      await page.route('**/config.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"region":7}' }),
      );
      await openAt(page, app, '', 'This app is not configured correctly');
      await report.scan(page, 'config error');
    });

    expect(report.scanned).toHaveLength(8);
    report.assertClean();
  });

  it('has no serious violations on the signed-in pages, with forms, errors and confirmations', async () => {
    const { app, withPage } = env();
    const report = createAccessibilityReport();
    await withPage('a11y-spa-signed-in', async (page) => {
      const user = await createConfirmedUser(app, 'a11y-spa');
      await signInFromLanding(page, app, user);
      await page.getByText('No transactions yet.').waitFor();
      await report.scan(page, 'transactions (empty)');

      await page.getByRole('button', { name: 'Add transaction' }).click();
      await page.getByRole('heading', { name: 'New transaction' }).waitFor();
      await report.scan(page, 'transactions (add form)');
      await page.getByLabel('Amount').fill('not a number');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await report.scan(page, 'transactions (add form with validation errors)');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await seedTransactions(app, user, [
        { date: '2024-05-01', description: 'Groceries', amount: -4250, currency: 'EUR' },
        { date: '2024-05-02', description: 'Salary', amount: 250000, currency: 'USD' },
        {
          date: '2024-05-03',
          description: 'Books',
          amount: -1999,
          currency: 'GBP',
          category: 'Fun',
        },
      ]);
      await page.reload();
      await waitForTransactions(page);
      await page.getByRole('listitem').filter({ hasText: 'Books' }).waitFor();
      await report.scan(page, 'transactions (with items and totals)');

      // Filtered to one month, with both charts and their data tables open.
      await page.goto(`${app.appUrl}transactions?month=2024-05&currency=EUR`);
      await page.getByRole('group', { name: 'May 2024' }).waitFor();
      await page.getByRole('img', { name: 'Spending by category, May 2024, in EUR' }).waitFor();
      await page.getByRole('img', { name: /^Income and expense per month/ }).waitFor();
      for (const disclosure of await page.getByText(/^Show the numbers:/).all()) {
        await disclosure.click();
      }
      await page.getByRole('table', { name: 'Spending by category, May 2024, in EUR' }).waitFor();
      await report.scan(page, 'transactions (one month, charts and their tables)');
      await page.goto(`${app.appUrl}transactions?q=nothing-matches-this`);
      await page.getByText('No transactions match these filters.').waitFor();
      await report.scan(page, 'transactions (filtered, nothing matches)');
      await page.goto(`${app.appUrl}transactions?month=2024-05`);
      await waitForTransactions(page);

      await page.getByRole('button', { name: 'Edit Salary' }).click();
      await page.getByRole('heading', { name: 'Edit transaction' }).waitFor();
      await report.scan(page, 'transactions (edit form)');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Delete Groceries' }).click();
      await page.getByRole('group', { name: 'Confirm deleting Groceries' }).waitFor();
      await report.scan(page, 'transactions (delete confirm)');
      await page.getByRole('button', { name: 'Keep it' }).click();

      // The API unreachable: the error panel with its retry button.
      await page.route(`${app.emulator.urls.api}/**`, (route) => route.abort('connectionrefused'));
      await page.reload();
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      await report.scan(page, 'transactions (API unreachable)');
      await page.unroute(`${app.emulator.urls.api}/**`);

      await page.getByRole('link', { name: 'Profile' }).click();
      await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
      await report.scan(page, 'profile');

      // Two-step verification: the authenticator set-up (QR code, key, code field), then a
      // refused first code on its field.
      await page.getByText('Off: signing in needs only your password.').waitFor();
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await page.getByRole('img', { name: /QR code to add/ }).waitFor();
      await report.scan(page, 'profile (two-step set-up)');
      await page.getByLabel('Code from the app').fill('000000');
      await page.getByRole('button', { name: 'Confirm and turn on' }).click();
      await page.getByText(/That code is not right/).waitFor();
      await report.scan(page, 'profile (two-step wrong code)');
    });
    expect(report.scanned).toHaveLength(12);
    report.assertClean();
  });
});
