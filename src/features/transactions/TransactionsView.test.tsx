import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Transaction } from '../../../contract/transaction';
import { currencySummary } from '../../../contract/transaction';
import { ApiResponseError, NetworkError } from '../../lib/http/http-errors';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { buildTransaction } from '../../test/builders';
import { renderAt } from '../../test/render-at';
import { TransactionsView } from './TransactionsPage';
import { fakeTransactionsClient } from '../../test/fake-transactions-client';

describe('TransactionsView', () => {
  it('lists transactions with amounts in their currency and totals per currency', async () => {
    const client = fakeTransactionsClient({
      list: vi.fn(async () => ({
        items: [
          buildTransaction({ description: 'Sushi', amount: -1500, currency: 'JPY' }),
          buildTransaction({ description: 'Salary', amount: 250000, currency: 'USD' }),
          buildTransaction({ description: 'Dinar', amount: -1234, currency: 'KWD' }),
        ],
      })),
      summary: vi.fn(async () =>
        currencySummary([{ currency: 'USD', income: 250000, expense: 0, net: 250000, count: 1 }]),
      ),
    });
    renderAt(<TransactionsView client={client} />);
    const list = await screen.findByRole('list', { name: 'Transactions' });
    expect(within(list).getByText('Sushi').closest('li')).toHaveTextContent(/-¥1,500/);
    expect(within(list).getByText('Salary').closest('li')).toHaveTextContent('$2,500.00');
    expect(within(list).getByText('Dinar').closest('li')).toHaveTextContent(/KWD\s1\.234/);
    expect(screen.getByRole('listitem', { name: 'Totals in USD' })).toHaveTextContent(
      'Net $2,500.00',
    );
  });

  it('starts a new transaction in the default currency from Profile, then in the last one saved', async () => {
    const client = fakeTransactionsClient();
    renderAt(<TransactionsView client={client} defaultCurrency="JPY" />);
    await screen.findByText('No transactions yet.');
    await userEvent.click(screen.getByRole('button', { name: 'Add transaction' }));
    expect(screen.getByLabelText('Currency')).toHaveValue('JPY');
  });

  it('shows the empty state', async () => {
    renderAt(<TransactionsView client={fakeTransactionsClient()} />);
    expect(await screen.findByText('No transactions yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry that loads again', async () => {
    const list = vi.fn<TransactionsClient['list']>().mockRejectedValue(new NetworkError());
    const client = fakeTransactionsClient({ list });
    renderAt(<TransactionsView client={client} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server.');
    list.mockResolvedValue({ items: [buildTransaction({ description: 'Back again' })] });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back again')).toBeInTheDocument();
  });

  it('loads more pages with the cursor', async () => {
    const list = vi.fn<TransactionsClient['list']>(async (options) =>
      options?.cursor === 'next-1'
        ? { items: [buildTransaction({ description: 'Older' })] }
        : { items: [buildTransaction({ description: 'Newer' })], nextCursor: 'next-1' },
    );
    renderAt(<TransactionsView client={fakeTransactionsClient({ list })} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Older')).toBeInTheDocument();
    expect(screen.getByText('Newer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('deletes only after the confirm step', async () => {
    const item = buildTransaction({ description: 'Coffee' });
    const client = fakeTransactionsClient({ list: vi.fn(async () => ({ items: [item] })) });
    renderAt(<TransactionsView client={client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Coffee' }));
    expect(client.remove).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(client.remove).toHaveBeenCalledWith(item.id));
  });

  it('keeps the row when the confirm step is cancelled', async () => {
    const client = fakeTransactionsClient({
      list: vi.fn(async () => ({ items: [buildTransaction({ description: 'Tea' })] })),
    });
    renderAt(<TransactionsView client={client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Tea' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(client.remove).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete Tea' })).toBeInTheDocument();
  });
});

describe('transaction form', () => {
  async function openForm(client = fakeTransactionsClient()) {
    renderAt(<TransactionsView client={client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add transaction' }));
    return client;
  }

  it('shows the shared rules next to the fields and sends nothing', async () => {
    const client = await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(
      'Description cannot be empty.',
    );
    expect(screen.getByLabelText('Amount')).toHaveAccessibleDescription('Enter an amount.');
    expect(screen.getByLabelText('Description')).toHaveFocus();
    expect(client.create).not.toHaveBeenCalled();
  });

  it.each([
    ['12.345', 'USD', 'USD allows at most 2 decimals.'],
    ['12.5', 'JPY', 'JPY has no decimals; enter a whole number.'],
    ['0', 'USD', 'Amount cannot be zero.'],
    ['-5', 'USD', 'Enter the amount without a sign; choose Expense or Income instead.'],
    ['1,000', 'USD', 'Use a dot for decimals and no thousands separators, e.g. 1234.56.'],
  ])('refuses the amount %s %s', async (amount, currency, message) => {
    await openForm();
    await userEvent.type(screen.getByLabelText('Description'), 'Lunch');
    await userEvent.type(screen.getByLabelText('Amount'), amount);
    await userEvent.selectOptions(screen.getByLabelText('Currency'), currency);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Amount')).toHaveAccessibleDescription(message);
  });

  it('sends an expense as negative minor units of its currency', async () => {
    const client = await openForm();
    await userEvent.type(screen.getByLabelText('Description'), '  Lunch ');
    await userEvent.type(screen.getByLabelText('Amount'), '1.234');
    await userEvent.selectOptions(screen.getByLabelText('Currency'), 'KWD');
    await userEvent.type(screen.getByLabelText('Category (optional)'), 'Food');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(client.create).toHaveBeenCalledTimes(1));
    expect(client.create).toHaveBeenCalledWith(
      expect.objectContaining({
        description: 'Lunch',
        amount: -1234,
        currency: 'KWD',
        category: 'Food',
      }),
    );
  });

  it("shows the API's field errors next to the fields when they differ from ours", async () => {
    const create = vi.fn(async (): Promise<Transaction> => {
      throw new ApiResponseError(400, {
        code: 'validation_failed',
        message: 'Invalid input',
        details: [
          { field: 'description', message: 'The server refuses this description.' },
          { field: 'body', message: 'Something about the whole body.' },
        ],
      });
    });
    await openForm(fakeTransactionsClient({ create }));
    await userEvent.type(screen.getByLabelText('Description'), 'Lunch');
    await userEvent.type(screen.getByLabelText('Amount'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(
        'The server refuses this description.',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something about the whole body.');
  });

  it('edits with the version it was given', async () => {
    const item = buildTransaction({
      description: 'Rent',
      amount: -90000,
      currency: 'EUR',
      version: 3,
    });
    const client = fakeTransactionsClient({ list: vi.fn(async () => ({ items: [item] })) });
    renderAt(<TransactionsView client={client} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Rent' }));
    expect(screen.getByLabelText('Amount')).toHaveValue('900.00');
    await userEvent.clear(screen.getByLabelText('Amount'));
    await userEvent.type(screen.getByLabelText('Amount'), '950');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(client.replace).toHaveBeenCalledWith(
        item.id,
        expect.objectContaining({ amount: -95000, version: 3 }),
      ),
    );
  });
});
