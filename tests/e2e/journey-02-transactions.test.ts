// Journey 2: a signed-in user adds three transactions in two currencies, edits one, deletes one
// after its confirm step, reloads, and sees the right list and totals; all with the keyboard
// alone (Tab, arrows, typing, Enter). Then: a long list pages through 30 items with Load more.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { waitForTransactions, signInFromLanding } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { tabAndPress, tabAndType, tabTo } from './support/keyboard';
import { createConfirmedUser, seedTransactions } from './support/users';

interface Entry {
  readonly description: string;
  readonly kind: 'income' | 'expense';
  readonly amount: string;
  readonly currency: string;
}

/** Fills the open transaction form with the keyboard and saves it with Enter. */
async function fillFormByKeyboard(page: Page, entry: Entry): Promise<void> {
  const form = page.getByRole('form');
  await tabAndType(page, form.getByLabel('Description'), entry.description);
  // The checked radio of the group is the one Tab reaches; arrows move the choice.
  await tabTo(page, form.getByRole('radio', { checked: true }));
  const checked = await form.getByRole('radio', { name: 'Income' }).isChecked();
  if ((entry.kind === 'income') !== checked) await page.keyboard.press('ArrowDown');
  await tabAndType(page, form.getByLabel('Amount'), entry.amount);
  await tabTo(page, form.getByLabel('Currency'));
  await page.keyboard.type(entry.currency);
  await expect(form.getByLabel('Currency').inputValue()).resolves.toBe(entry.currency);
  await tabAndPress(page, form.getByRole('button', { name: 'Save' }));
  await form.waitFor({ state: 'detached' });
}

const row = (page: Page, description: string) =>
  page.getByRole('list', { name: 'Transactions' }).getByRole('listitem').filter({
    hasText: description,
  });

describeEachServerMode('journey 2: transactions', { modes: ['preview'] }, (env) => {
  it('adds, edits and deletes (with its confirm step) by keyboard; a reload shows the right list and totals', async () => {
    const { app, withPage } = env();
    await withPage(
      'journey-02-crud-keyboard',
      async (page) => {
        const user = await createConfirmedUser(app, 'journey2');
        await page.goto(app.appUrl);
        await tabAndPress(page, page.getByRole('button', { name: 'Sign in' }));
        await tabAndType(page, page.getByLabel('Email'), user.email);
        await tabAndType(page, page.getByLabel('Password'), user.password);
        await page.keyboard.press('Enter');
        await waitForTransactions(page);
        await page.getByText('No transactions yet.').waitFor();

        const entries: Entry[] = [
          { description: 'Salary', kind: 'income', amount: '2500', currency: 'EUR' },
          { description: 'Rent', kind: 'expense', amount: '900', currency: 'EUR' },
          { description: 'Book', kind: 'expense', amount: '25.50', currency: 'USD' },
        ];
        for (const entry of entries) {
          await tabAndPress(page, page.getByRole('button', { name: 'Add transaction' }));
          await fillFormByKeyboard(page, entry);
          await row(page, entry.description).waitFor();
        }
        await expect(row(page, 'Book').textContent()).resolves.toContain('-$25.50');

        await tabAndPress(page, page.getByRole('button', { name: 'Edit Book' }));
        await fillFormByKeyboard(page, { ...entries[2]!, amount: '19.99' });
        await row(page, '-$19.99').waitFor();

        await tabAndPress(page, page.getByRole('button', { name: 'Delete Rent' }));
        const confirm = page.getByRole('group', { name: 'Confirm deleting Rent' });
        await confirm.waitFor();
        // Nothing is deleted until the confirmation.
        await expect(row(page, 'Rent').count()).resolves.toBe(1);
        await tabAndPress(page, confirm.getByRole('button', { name: 'Yes, delete' }));
        await row(page, 'Rent').waitFor({ state: 'detached' });

        await page.reload();
        await waitForTransactions(page);
        const rows = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem');
        await expect(rows.allTextContents()).resolves.toHaveLength(2);
        await expect(row(page, 'Salary').textContent()).resolves.toContain('€2,500.00');
        await expect(row(page, 'Book').textContent()).resolves.toContain('-$19.99');
        await expect(row(page, 'Rent').count()).resolves.toBe(0);

        const totals = (currency: string) =>
          page.getByRole('listitem', { name: `Totals in ${currency}` }).textContent();
        await expect(totals('EUR')).resolves.toMatch(
          /Income\s*€2,500\.00.*Expense\s*€0\.00.*Net\s*€2,500\.00/,
        );
        await expect(totals('USD')).resolves.toMatch(
          /Income\s*\$0\.00.*Expense\s*\$19\.99.*Net\s*-\$19\.99/,
        );
      },
      { locale: 'en-US' },
    );
  });

  it('pages through 30 transactions with Load more', async () => {
    const { app, withPage } = env();
    await withPage(
      'journey-02-paging',
      async (page) => {
        const user = await createConfirmedUser(app, 'journey2-paging');
        const descriptions = Array.from(
          { length: 30 },
          (_, i) => `Item ${String(i + 1).padStart(2, '0')}`,
        );
        await seedTransactions(
          app,
          user,
          descriptions.map((description, i) => ({
            date: `2024-01-${String(i + 1).padStart(2, '0')}`,
            description,
            amount: -(100 + i),
            currency: 'USD',
          })),
        );
        await signInFromLanding(page, app, user);
        const rows = page.getByRole('list', { name: 'Transactions' }).getByRole('listitem');
        const firstPage = await rows.count();
        expect(firstPage).toBeGreaterThan(0);
        expect(firstPage).toBeLessThan(30);

        for (let pages = 0; pages < 10 && (await rows.count()) < 30; pages += 1) {
          const before = await rows.count();
          await page.getByRole('button', { name: 'Load more' }).click();
          await rows.nth(before).waitFor();
        }
        const shown = (await rows.allTextContents()).map((text) => /Item \d\d/.exec(text)?.[0]);
        expect(new Set(shown)).toEqual(new Set(descriptions));
        expect(shown).toHaveLength(30);
        await expect(page.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
        await expect(
          page.getByRole('listitem', { name: 'Totals in USD' }).textContent(),
        ).resolves.toContain('Expense $34.35');
      },
      { locale: 'en-US' },
    );
  });
});
