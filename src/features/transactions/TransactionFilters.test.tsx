import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildTransaction } from '../../test/builders';
import { fakeLedgerClient } from '../../test/fake-transactions-client';
import { renderAt } from '../../test/render-at';
import { TransactionsView } from './TransactionsPage';

const today = '2026-11-15';
const ledger = () =>
  fakeLedgerClient([
    buildTransaction({ date: '2026-11-02', description: 'Rent', amount: -90000, category: 'Home' }),
    buildTransaction({ date: '2026-11-20', description: 'Coffee', amount: -450, category: 'Food' }),
    buildTransaction({ date: '2026-10-25', description: 'Salary', amount: 300000, category: '' }),
    buildTransaction({ date: '2026-10-03', description: 'Coffee beans', amount: -1500 }),
  ]);

const address = () => screen.getByRole('status', { name: 'Address' });
const listed = () =>
  within(screen.getByRole('list', { name: 'Transactions' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getByText(/./, { selector: '.description' }).textContent);
/** Waits until the list shows exactly `expected` (descriptions, in order). */
const expectListed = (expected: readonly string[] | number) =>
  waitFor(
    () =>
      typeof expected === 'number'
        ? expect(listed()).toHaveLength(expected)
        : expect(listed()).toEqual(expected),
    { timeout: 3000 },
  );
const totalsIn = (currency: string) =>
  screen.getByRole('listitem', { name: `Totals in ${currency}` });

describe('transaction filters', { timeout: 15_000 }, () => {
  it('reads the filters from the URL and sends them to the client', async () => {
    const client = ledger();
    renderAt(
      <TransactionsView client={client} today={today} />,
      '/transactions?month=2026-11&q=cof',
    );
    await expectListed(['Coffee']);
    expect(client.list).toHaveBeenLastCalledWith(
      expect.objectContaining({ filters: { from: '2026-11-01', to: '2026-11-30', q: 'cof' } }),
    );
    expect(screen.getByRole('group', { name: 'November 2026' })).toBeInTheDocument();
    expect(screen.getByLabelText('Search')).toHaveValue('cof');
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
  });

  it('steps to the previous and next month, in the URL, and Back returns', async () => {
    const client = ledger();
    renderAt(<TransactionsView client={client} today={today} />);
    expect(await screen.findByRole('group', { name: 'All dates' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('group', { name: 'October 2026' })).toBeInTheDocument();
    expect(address()).toHaveTextContent('/transactions?month=2026-10');
    await expectListed(['Salary', 'Coffee beans']);
    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('group', { name: 'December 2026' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(await screen.findByRole('group', { name: 'November 2026' })).toBeInTheDocument();
    await expectListed(['Coffee', 'Rent']);
  });

  it('applies the form on Enter, keeping the month, and writes it to the URL', async () => {
    const client = ledger();
    renderAt(<TransactionsView client={client} today={today} />, '/transactions?month=2026-11');
    await userEvent.selectOptions(await screen.findByLabelText('Income or expense'), 'expense');
    await userEvent.type(screen.getByLabelText('Category'), 'Home');
    await userEvent.type(screen.getByLabelText('Search'), 'rent{Enter}');
    await waitFor(() =>
      expect(address()).toHaveTextContent(
        '/transactions?month=2026-11&category=Home&kind=expense&q=rent',
      ),
    );
    expect(client.list).toHaveBeenLastCalledWith(
      expect.objectContaining({
        filters: {
          from: '2026-11-01',
          to: '2026-11-30',
          category: 'Home',
          kind: 'expense',
          q: 'rent',
        },
      }),
    );
    await expectListed(['Rent']);
    // Applying keeps the keyboard where it was.
    expect(screen.getByLabelText('Search')).toHaveFocus();
  });

  it('applies a custom range and refuses a reversed one', async () => {
    const client = ledger();
    renderAt(<TransactionsView client={client} today={today} />);
    await userEvent.type(await screen.findByLabelText('From'), '2026-11-10');
    await userEvent.type(screen.getByLabelText('To'), '2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(
      'The end date must be on or after the start date.',
    );
    expect(address()).toHaveTextContent(/^\/transactions$/);
    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.type(screen.getByLabelText('To'), '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(address()).toHaveTextContent('/transactions?from=2026-11-10&to=2026-11-30'),
    );
    await expectListed(['Coffee']);
  });

  it('shows every transaction for invalid URL values, without failing', async () => {
    const client = ledger();
    renderAt(
      <TransactionsView client={client} today={today} />,
      '/transactions?month=2026-13&from=yesterday&kind=all&currency=usd',
    );
    await expectListed(4);
    expect(client.list).toHaveBeenLastCalledWith(expect.objectContaining({ filters: {} }));
    expect(screen.getByRole('group', { name: 'All dates' })).toBeInTheDocument();
  });

  it('makes the totals follow the period, category and kind', async () => {
    renderAt(<TransactionsView client={ledger()} today={today} />, '/transactions?month=2026-10');
    await waitFor(() => expect(totalsIn('USD')).toHaveTextContent('Income $3,000.00'));
    expect(totalsIn('USD')).toHaveTextContent('Expense $15.00');
    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    await waitFor(() => expect(totalsIn('USD')).toHaveTextContent('Expense $904.50'));
    expect(totalsIn('USD')).toHaveTextContent('Income $0.00');
    await userEvent.type(screen.getByLabelText('Category'), 'Food{Enter}');
    await waitFor(() => expect(totalsIn('USD')).toHaveTextContent('Expense $4.50'));
  });

  it('says when the totals do not cover the search', async () => {
    renderAt(<TransactionsView client={ledger()} today={today} />, '/transactions?q=coffee');
    expect(
      await screen.findByText('The totals cover the dates, category and kind, not the search.'),
    ).toBeInTheDocument();
  });

  it('shows an empty filtered view with a way back to everything', async () => {
    const client = ledger();
    renderAt(<TransactionsView client={client} today={today} />, '/transactions?q=nothing-like-it');
    expect(await screen.findByText('No transactions match these filters.')).toBeInTheDocument();
    expect(screen.queryByText('No transactions yet.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all transactions' }));
    await expectListed(4);
    expect(address()).toHaveTextContent(/^\/transactions$/);
  });

  it('clears the filters from the form', async () => {
    renderAt(<TransactionsView client={ledger()} today={today} />, '/transactions?kind=income');
    await expectListed(['Salary']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectListed(4);
    expect(screen.getByLabelText('Income or expense')).toHaveValue('');
  });

  it('shows a failed filtered list as an error, not as empty', async () => {
    const client = ledger();
    vi.mocked(client.list).mockRejectedValue(new TypeError('boom'));
    renderAt(<TransactionsView client={client} today={today} />, '/transactions?q=x');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('No transactions match these filters.')).not.toBeInTheDocument();
  });
});
