// Journey 26: a newcomer on a 360 × 740 phone. Sign-up on the hosted pages, the empty ledger,
// the add form, a long transaction in the list, the filters, both charts with their tables open,
// the CSV import's preview, Profile with the two-step set-up, the not-found and error pages,
// signing out, and the callback and configuration failure pages: none of them scrolls sideways,
// and nothing pokes out past the screen's edge.
import { expect, it } from 'vitest';
import { pickCsvToImport } from './support/csv-import';
import { expectNoHorizontalScroll } from './support/no-horizontal-scroll';
import { onHostedSignIn, submitHostedSignIn, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser, readCode } from './support/users';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

describeEachServerMode('journey 26: a 360 px wide screen', { modes: ['preview'] }, (env) => {
  it('uses every page at 360 px without scrolling sideways', async () => {
    const { app, withPage } = env();
    const user = newTestUser('journey26');
    await withPage(
      'journey-26-small-screen',
      async (page) => {
        const heading = (name: string | RegExp) =>
          page.getByRole('heading', { name, level: 1 }).waitFor();

        await page.goto(app.appUrl);
        await heading('Your money, in one list');
        await expectNoHorizontalScroll(page, 'landing');

        await page.getByRole('button', { name: 'Create account' }).click();
        await heading('Sign up with a new account');
        await expectNoHorizontalScroll(page, 'hosted sign-up');
        await page.getByLabel('Email').fill(user.email);
        await page.getByLabel('Password', { exact: true }).fill(user.password);
        await page.getByLabel('Confirm password').fill(user.password);
        await page.getByRole('button', { name: 'Sign up' }).click();
        await heading('Confirm your account');
        await expectNoHorizontalScroll(page, 'hosted confirm');
        await page.getByLabel('Verification code').fill(await readCode(app, user.email));
        await page.getByRole('button', { name: 'Confirm account' }).click();
        await page.waitForLoadState();
        if (await onHostedSignIn(page)) await submitHostedSignIn(page, user);
        await waitForTransactions(page);
        await page.getByText('No transactions yet.').waitFor();
        await expectNoHorizontalScroll(page, 'transactions (empty)');

        // One long word and a large amount: the row wraps, the amount stays whole.
        const description = 'Supercalifragilisticexpialidocious-annual-subscription-renewal';
        await page.getByRole('button', { name: 'Add transaction' }).click();
        const form = page.getByRole('form', { name: 'New transaction' });
        await form.waitFor();
        await expectNoHorizontalScroll(page, 'add form');
        await form.getByLabel('Description').fill(description);
        await form.getByRole('radio', { name: 'Expense' }).check();
        await form.getByLabel('Amount').fill('1234567.89');
        await form.getByLabel('Category (optional)').fill('Subscriptions and memberships');
        await form.getByRole('button', { name: 'Save' }).click();
        await form.waitFor({ state: 'detached' });
        const list = page.getByRole('list', { name: 'Transactions' });
        await list.getByRole('listitem').filter({ hasText: description }).waitFor();
        await expectNoHorizontalScroll(page, 'transactions (one long row)');

        // The filters applied, then both charts with their data tables open.
        await page.getByRole('button', { name: 'This month' }).click();
        await page.getByLabel('Search').fill('annual');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.getByRole('button', { name: 'Clear filters' }).waitFor();
        await list.getByRole('listitem').filter({ hasText: description }).waitFor();
        const charts = page.getByText(/^Show the numbers:/);
        await expect.poll(() => charts.count()).toBe(2);
        for (const disclosure of await charts.all()) await disclosure.click();
        await page.getByRole('table', { name: /^Spending by category/ }).waitFor();
        await page.getByRole('table', { name: /^Income and expense per month/ }).waitFor();
        await expectNoHorizontalScroll(page, 'transactions (filters, charts and tables)');

        await pickCsvToImport(page, 'phone.csv', [
          `2024-05-01,${description} from the bank,-42.50,USD,Groceries`,
        ]);
        await page.getByRole('table', { name: /^Preview of phone\.csv/ }).waitFor();
        await expectNoHorizontalScroll(page, 'CSV import preview');
        await page.getByRole('button', { name: 'Cancel' }).click();

        await page.getByRole('link', { name: 'Profile' }).click();
        await heading('Profile');
        await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
        await page.getByRole('img', { name: /QR code to add/ }).waitFor();
        await expectNoHorizontalScroll(page, 'profile (two-step set-up)');

        await page.goto(`${app.appUrl}no-such-page`);
        await heading('Page not found');
        await expectNoHorizontalScroll(page, 'not found');

        // The API unreachable: the transactions page's error panel.
        await page.route(`${app.emulator.urls.api}/**`, (route) =>
          route.abort('connectionrefused'),
        );
        await page.goto(`${app.appUrl}transactions`);
        await page.getByRole('button', { name: 'Try again' }).waitFor();
        await expectNoHorizontalScroll(page, 'transactions (API unreachable)');
        await page.unroute(`${app.emulator.urls.api}/**`);

        await page.getByRole('button', { name: 'Sign out' }).click();
        await heading('You are signed out');
        await expectNoHorizontalScroll(page, 'signed out');

        // The failure pages: a callback without its state, and a broken config.json.
        await page.goto(`${app.appUrl}callback?code=abc`);
        await heading('Sign-in did not finish');
        await expectNoHorizontalScroll(page, 'callback error');
        await page.route('**/config.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '{"region":7}' }),
        );
        await page.goto(app.appUrl);
        await heading('This app is not configured correctly');
        await expectNoHorizontalScroll(page, 'config error');
      },
      phone,
    );
  });
});
