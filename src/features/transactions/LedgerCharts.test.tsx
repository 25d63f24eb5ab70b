import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TransactionSummary } from '../../../contract/transaction';
import { buildTransaction } from '../../test/builders';
import { fakeLedgerClient, fakeTransactionsClient } from '../../test/fake-transactions-client';
import { renderAt } from '../../test/render-at';
import { TransactionsView } from './TransactionsPage';

const today = '2026-11-15';
const ledger = () =>
  fakeLedgerClient([
    buildTransaction({ date: '2026-11-02', amount: -90000, currency: 'USD', category: 'Home' }),
    buildTransaction({ date: '2026-11-20', amount: -450, currency: 'USD', category: 'Food' }),
    buildTransaction({ date: '2026-10-25', amount: 300000, currency: 'USD', category: '' }),
    buildTransaction({ date: '2025-11-30', amount: -777, currency: 'USD' }),
    buildTransaction({ date: '2026-11-03', amount: -1500, currency: 'JPY', category: 'Food' }),
  ]);

/** Opens the chart's "Show the numbers" disclosure and returns its table. */
async function openTable(name: string) {
  await userEvent.click(screen.getByText(`Show the numbers: ${name}`));
  return screen.findByRole('table', { name });
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('ledger charts', { timeout: 15_000 }, () => {
  it('charts income and expense of the last 12 months, with the numbers in a table', async () => {
    renderAt(<TransactionsView client={ledger()} today={today} defaultCurrency="USD" />);
    const name = 'Income and expense per month, last 12 months, in USD';
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    const rows = rowsOf(await openTable(name));
    // December 2025 … November 2026: November 2025 is the 13th month back, so it is left out.
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('December 2025$0.00$0.00$0.00');
    expect(rows[10]).toBe('October 2026$3,000.00$0.00$3,000.00');
    expect(rows[11]).toBe('November 2026$0.00$904.50-$904.50');
  });

  it('charts spending by category for the period shown', async () => {
    renderAt(
      <TransactionsView client={ledger()} today={today} />,
      '/transactions?month=2026-11&currency=USD',
    );
    const name = 'Spending by category, November 2026, in USD';
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    expect(rowsOf(await openTable(name))).toEqual(['Home$900.00', 'Food$4.50']);
    await userEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    const october = 'Spending by category, October 2026, in USD';
    expect(await screen.findByRole('region', { name: october })).toHaveTextContent(
      'No spending in USD in this period.',
    );
  });

  it('charts one currency at a time, chosen by the user and kept in the URL', async () => {
    renderAt(<TransactionsView client={ledger()} today={today} />, '/transactions?month=2026-11');
    const currency = await screen.findByLabelText('Show charts in');
    expect(currency).toHaveValue('JPY');
    expect(rowsOf(await openTable('Spending by category, November 2026, in JPY'))).toEqual([
      'Food¥1,500',
    ]);
    await userEvent.selectOptions(currency, 'USD');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent(
        '/transactions?month=2026-11&currency=USD',
      ),
    );
    expect(
      await screen.findByRole('img', { name: 'Spending by category, November 2026, in USD' }),
    ).toBeInTheDocument();
  });

  it('asks for the month and category summaries with their ranges', async () => {
    const client = ledger();
    renderAt(<TransactionsView client={client} today={today} />, '/transactions?month=2026-02');
    await screen.findAllByRole('img');
    expect(client.summary).toHaveBeenCalledWith(
      expect.objectContaining({ groupBy: 'month', from: '2025-12-01', to: '2026-11-30' }),
    );
    expect(client.summary).toHaveBeenCalledWith(
      expect.objectContaining({ groupBy: 'category', from: '2026-02-01', to: '2026-02-28' }),
    );
  });

  it('charts nothing, without failing the page, when an older API sends no groups', async () => {
    const totals = [{ currency: 'USD', income: 0, expense: 450, net: -450, count: 1 }];
    const client = fakeTransactionsClient({
      list: async () => ({ items: [buildTransaction({ description: 'Tea' })] }),
      summary: async () => ({ totals }) as unknown as TransactionSummary,
    });
    renderAt(<TransactionsView client={client} today={today} />);
    const name = 'Income and expense per month, last 12 months, in USD';
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    expect(screen.getByText('Tea')).toBeInTheDocument();
    expect(rowsOf(await openTable(name))[11]).toBe('November 2026$0.00$0.00$0.00');
  });

  it('says there is nothing to chart on an empty ledger', async () => {
    renderAt(<TransactionsView client={fakeTransactionsClient()} today={today} />);
    expect(
      await screen.findByText('Charts appear once there are transactions.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
