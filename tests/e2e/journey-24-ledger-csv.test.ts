// Journey 24: a new user adds two transactions, exports them as CSV (the real download), imports
// that same file and sees nothing duplicated (both "already present"), then imports a file with
// one bad row and sees the row named by line, with nothing written. Formats and limits are the
// unit tests' job (src/features/transactions/csv/); this is the whole path through the browser.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './a11y/axe-scan';
import { signUpToEmptyLedger } from './support/hosted-ui';
import { pickCsvToImport } from './support/csv-import';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

interface Entry {
  readonly date: string;
  readonly description: string;
  readonly kind: 'Expense' | 'Income';
  readonly amount: string;
  readonly currency: string;
  readonly category: string;
}

async function addTransaction(page: Page, entry: Entry): Promise<void> {
  await page.getByRole('button', { name: 'Add transaction' }).click();
  const form = page.getByRole('form');
  await form.getByLabel('Date').fill(entry.date);
  await form.getByLabel('Description').fill(entry.description);
  await form.getByRole('radio', { name: entry.kind }).check();
  await form.getByLabel('Amount').fill(entry.amount);
  await form.getByLabel('Currency').selectOption(entry.currency);
  await form.getByLabel('Category (optional)').fill(entry.category);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

const items = (page: Page) =>
  page.getByRole('list', { name: 'Transactions' }).getByRole('listitem');

describeEachServerMode('journey 24: ledger CSV out and in', { modes: ['preview'] }, (env) => {
  it('exports the ledger, re-imports it without duplicates, and names a bad row before writing', async () => {
    const { app, withPage } = env();
    await withPage('journey-24-ledger-csv', async (page) => {
      await signUpToEmptyLedger(page, app, newTestUser('journey24'));
      await addTransaction(page, {
        date: '2024-03-01',
        description: 'Coffee, "large"',
        kind: 'Expense',
        amount: '3.50',
        currency: 'EUR',
        category: 'Drinks',
      });
      await addTransaction(page, {
        date: '2024-03-02',
        description: 'Ramen',
        kind: 'Expense',
        amount: '1200',
        currency: 'JPY',
        category: '',
      });
      await expect.poll(() => items(page).count()).toBe(2);

      // Export: the file the browser saves.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const text = await readFile(path, 'utf8');
      const [header, ...rows] = text.split('\r\n');
      expect(header).toBe('date,description,amount,currency,category');
      expect(rows.sort()).toEqual(
        [
          '',
          '2024-03-01,"Coffee, ""large""",-3.50,EUR,Drinks',
          '2024-03-02,Ramen,-1200,JPY,',
        ].sort(),
      );
      await page.getByRole('status').filter({ hasText: 'Exported 2 transactions.' }).waitFor();

      // The same file back: previewed, then nothing new.
      await page.getByRole('button', { name: 'Import CSV' }).click();
      await page.getByLabel('CSV file to import').setInputFiles(path);
      await page.getByRole('table', { name: /^Preview of .*: all 2 rows$/ }).waitFor();
      await expectAccessible(page, 'CSV import preview');
      await page.getByRole('button', { name: 'Import 2 transactions' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Import finished: 0 imported, 2 already present, 0 failed.' })
        .waitFor();
      await expect.poll(() => items(page).count()).toBe(2);
      await page.getByRole('button', { name: 'Close' }).click();

      // One bad row: named by its line, and no way to write the file.
      await pickCsvToImport(page, 'bad.csv', [
        '2024-04-01,Good row,-1.00,EUR,',
        '2024-04-31,Bad row,-2.00,EUR,',
      ]);
      const problems = page.getByRole('list', { name: 'Rows with problems' });
      await problems.getByText('Line 3: 2024-04-31 is not a real calendar date.').waitFor();
      await expect(page.getByRole('button', { name: /^Import \d/ }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.reload();
      await expect.poll(() => items(page).count()).toBe(2);
      await expect(page.getByText('Good row').count()).resolves.toBe(0);
    });
  });
});
