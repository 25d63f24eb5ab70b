// Journey 23: a new user adds transactions in two months (the form's date field), picks this
// month and searches by description, and sees the list and totals follow; a reload keeps the
// filters (they live in the URL) and Back undoes the search. Both charts are found by their
// accessible names, with their numbers in the data tables behind "Show the numbers".
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { signUpToEmptyLedger } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

interface Entry {
  readonly date: string;
  readonly description: string;
  readonly kind: 'Income' | 'Expense';
  readonly amount: string;
  readonly category: string;
}

async function addTransaction(page: Page, entry: Entry): Promise<void> {
  await page.getByRole('button', { name: 'Add transaction' }).click();
  const form = page.getByRole('form', { name: 'New transaction' });
  await form.getByLabel('Date').fill(entry.date);
  await form.getByLabel('Description').fill(entry.description);
  await form.getByRole('radio', { name: entry.kind }).check();
  await form.getByLabel('Amount').fill(entry.amount);
  await form.getByLabel('Currency').selectOption('USD');
  await form.getByLabel('Category (optional)').fill(entry.category);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await rows(page).filter({ hasText: entry.description }).waitFor();
}

const rows = (page: Page) => page.getByRole('list', { name: 'Transactions' }).getByRole('listitem');

/** The descriptions listed, once the list shows exactly `expected`. */
async function expectListed(page: Page, expected: readonly string[]): Promise<void> {
  await expect.poll(() => rows(page).locator('.description').allTextContents()).toEqual(expected);
}

/** This month and the one before, in the browser's (and this machine's) time zone. */
function twoMonths() {
  const now = new Date();
  const local = (date: Date) => date.toLocaleDateString('sv-SE').slice(0, 7);
  const name = (date: Date) =>
    new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(date);
  const previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return {
    thisMonth: local(now),
    thisName: name(now),
    lastMonth: local(previous),
    lastName: name(previous),
  };
}

describeEachServerMode('journey 23: ledger filters and charts', { modes: ['preview'] }, (env) => {
  it('filters to one month and a search, keeps them across a reload, and charts the ledger', async () => {
    const { app, withPage } = env();
    const { thisMonth, thisName, lastMonth, lastName } = twoMonths();
    await withPage('journey-23-ledger-filters', async (page) => {
      await signUpToEmptyLedger(page, app, newTestUser('journey23'));
      const entries = [
        [`${lastMonth}-03`, 'Salary', 'Income', '3000', 'Work'],
        [`${lastMonth}-10`, 'Coffee shop', 'Expense', '4.50', 'Food'],
        [`${thisMonth}-01`, 'Rent', 'Expense', '900', 'Home'],
        [`${thisMonth}-01`, 'Coffee beans', 'Expense', '12.50', 'Food'],
      ] as const;
      for (const [date, description, kind, amount, category] of entries) {
        await addTransaction(page, { date, description, kind, amount, category });
      }
      const usdTotals = page.getByRole('listitem', { name: 'Totals in USD' });
      await expect.poll(() => usdTotals.textContent()).toContain('Income $3,000.00');

      // This month only: the list (newest first; the same day, the later one first) and the
      // totals follow.
      await page.getByRole('button', { name: 'This month' }).click();
      await page.getByRole('group', { name: thisName }).waitFor();
      await expectListed(page, ['Coffee beans', 'Rent']);
      await expect.poll(() => usdTotals.textContent()).toContain('Expense $912.50');
      await expect(usdTotals.textContent()).resolves.toContain('Income $0.00');

      // A search on top of the month.
      await page.getByLabel('Search').fill('COFFEE');
      await page.getByLabel('Search').press('Enter');
      await expectListed(page, ['Coffee beans']);
      expect(new URL(page.url()).search).toBe(`?month=${thisMonth}&q=COFFEE`);

      // The previous month keeps the search.
      await page.getByRole('button', { name: 'Previous month' }).click();
      await page.getByRole('group', { name: lastName }).waitFor();
      await expectListed(page, ['Coffee shop']);
      await page.getByRole('button', { name: 'Next month' }).click();
      await expectListed(page, ['Coffee beans']);

      // A reload keeps the filters: they are the URL.
      await page.reload();
      await page.getByRole('group', { name: thisName }).waitFor();
      await expectListed(page, ['Coffee beans']);
      await expect(page.getByLabel('Search').inputValue()).resolves.toBe('COFFEE');

      // Both charts, by their accessible names, and their data tables.
      const monthly = 'Income and expense per month, last 12 months, in USD';
      await page.getByRole('img', { name: monthly }).waitFor();
      await page.getByText(`Show the numbers: ${monthly}`).click();
      const monthTable = page.getByRole('table', { name: monthly });
      await expect(
        monthTable.getByRole('row', { name: new RegExp(`^${lastName}`) }).textContent(),
      ).resolves.toBe(`${lastName}$3,000.00$4.50$2,995.50`);
      await expect(
        monthTable.getByRole('row', { name: new RegExp(`^${thisName}`) }).textContent(),
      ).resolves.toBe(`${thisName}$0.00$912.50-$912.50`);

      const byCategory = `Spending by category, ${thisName}, in USD`;
      await page.getByRole('img', { name: byCategory }).waitFor();
      await page.getByText(`Show the numbers: ${byCategory}`).click();
      await expect(
        page.getByRole('table', { name: byCategory }).getByRole('row').allTextContents(),
      ).resolves.toEqual(['CategorySpent', 'Home$900.00', 'Food$12.50']);

      // Back walks the history the reload kept: next month, previous month, the search.
      await page.goBack();
      await page.getByRole('group', { name: lastName }).waitFor();
      await page.goBack();
      await page.goBack();
      await page.getByRole('group', { name: thisName }).waitFor();
      await expectListed(page, ['Coffee beans', 'Rent']);
    });
  });
});
