import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  Transaction,
  TransactionFilters,
  TransactionInput,
} from '../../../../contract/transaction';
import type { CreateResult } from '../../../lib/http/transactions-client';
import { buildStored, buildTransaction } from '../../../test/builders';
import { fakeTransactionsClient } from '../../../test/fake-transactions-client';
import { renderStrict } from '../../../test/render-strict';
import { CsvControls } from './CsvControls';
import { readFileBytes } from './read-file-bytes';

const header = 'date,description,amount,currency,category\r\n';
const twoRows = `${header}2024-03-01,Tea,-3.50,EUR,Drinks\r\n2024-03-02,Salary,2500,EUR,\r\n`;

/** A fake API that keeps what is created and replays a repeated Idempotency-Key. */
function ledger(initial: Transaction[] = []) {
  const items = [...initial];
  const byKey = new Map<string, Transaction>();
  const client = fakeTransactionsClient({
    list: vi.fn(async () => ({ items: [...items] })),
    createIdempotent: vi.fn(async (input: TransactionInput, key: string): Promise<CreateResult> => {
      const seen = byKey.get(key);
      if (seen) return { transaction: seen, replayed: true };
      const transaction = buildStored(input);
      byKey.set(key, transaction);
      items.push(transaction);
      return { transaction, replayed: false };
    }),
  });
  return { client, items };
}

function renderControls(
  client = ledger().client,
  onImported = vi.fn(),
  filters?: TransactionFilters,
) {
  renderStrict(
    <CsvControls
      client={client}
      filters={filters}
      onImported={onImported}
      today={() => '2024-03-09'}
    />,
  );
  return { client, onImported };
}

async function chooseFile(text: string, name = 'ledger.csv') {
  if (!screen.queryByLabelText('CSV file to import')) {
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
  }
  const input = await screen.findByLabelText('CSV file to import');
  await userEvent.upload(input, new File([text], name, { type: 'text/csv' }));
}

afterEach(() => vi.restoreAllMocks());

describe('Export CSV', () => {
  it('downloads every page of the view as transactions-<date>.csv, with a BOM when asked', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const client = fakeTransactionsClient({
      list: vi.fn(async ({ cursor } = {}) =>
        cursor
          ? { items: [buildTransaction({ description: 'Ramen', amount: -1200, currency: 'JPY' })] }
          : {
              items: [buildTransaction({ description: '=cmd', amount: -5, currency: 'KWD' })],
              nextCursor: 'p2',
            },
      ),
    });
    renderControls(client);
    await userEvent.click(screen.getByRole('checkbox', { name: 'For Excel (UTF-8 BOM)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exported 2 transactions.');
    expect(clicked).toEqual([{ download: 'transactions-2024-03-09.csv', href: 'blob:csv' }]);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await readFileBytes(blobs[0]!));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')).toEqual([
      'date,description,amount,currency,category',
      "2024-05-01,'=cmd,-0.005,KWD,Food",
      '2024-05-01,Ramen,-1200,JPY,Food',
      '',
    ]);
    expect(client.list).toHaveBeenLastCalledWith({ limit: 100, cursor: 'p2' });
  });

  it('exports the filtered view: every page is asked for with the current filters', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:csv');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const client = fakeTransactionsClient();
    const filters: TransactionFilters = { from: '2024-03-01', to: '2024-03-31', q: 'tea' };
    renderControls(client, vi.fn(), filters);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Exported 0 transactions.');
    expect(client.list).toHaveBeenCalledWith({ filters, limit: 100 });
  });

  it('says why when the API fails, and downloads nothing', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    const client = fakeTransactionsClient({
      list: vi.fn(async () => Promise.reject(new Error('boom'))),
    });
    renderControls(client);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Export failed: /);
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});

describe('Import CSV', () => {
  it('previews the rows, writes them with progress, sums up and refreshes the list', async () => {
    const { client, items } = ledger();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const create = client.createIdempotent;
    client.createIdempotent = vi.fn(async (input, key) => (await gate, create(input, key)));
    const { onImported } = renderControls(client);
    await chooseFile(twoRows);
    const table = await screen.findByRole('table', { name: 'Preview of ledger.csv: all 2 rows' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Tea/ })).toHaveTextContent('-3.50');
    expect(client.createIdempotent).not.toHaveBeenCalled();

    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 transactions' }));
    const progress = await screen.findByRole('progressbar', { name: 'Importing transactions' });
    expect(progress).toHaveAttribute('max', '2');
    expect(screen.getByText('0 of 2 written')).toBeInTheDocument();
    release();
    expect(await screen.findByText(/Import finished/)).toHaveTextContent(
      'Import finished: 2 imported, 0 already present, 0 failed.',
    );
    expect(items.map((item) => [item.description, item.amount, item.category])).toEqual([
      ['Tea', -350, 'Drinks'],
      ['Salary', 250000, undefined],
    ]);
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('counts a re-import of the same file as already present, writing nothing new', async () => {
    const { client, items } = ledger();
    renderControls(client);
    await chooseFile(twoRows);
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 transactions' }));
    await screen.findByText(/Import finished: 2 imported/);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));

    await chooseFile(twoRows);
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 transactions' }));
    expect(await screen.findByText(/Import finished/)).toHaveTextContent(
      '0 imported, 2 already present, 0 failed.',
    );
    expect(items).toHaveLength(2);
    // The duplicate check reads only the file's dates, through the API's date filter.
    expect(client.list).toHaveBeenLastCalledWith({
      filters: { from: '2024-03-01', to: '2024-03-02' },
      limit: 100,
    });
  });

  it('counts a create the API replays (same key) as already present', async () => {
    const { client } = ledger();
    // A list that cannot see the first import's rows (e.g. past its bound): the keys still hold.
    client.list = vi.fn(async () => ({ items: [] }));
    renderControls(client);
    for (const expected of ['2 imported, 0 already present', '0 imported, 2 already present']) {
      await chooseFile(twoRows);
      await userEvent.click(await screen.findByRole('button', { name: 'Import 2 transactions' }));
      expect(await screen.findByText(/Import finished/)).toHaveTextContent(expected);
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    }
    expect(client.createIdempotent).toHaveBeenCalledTimes(4);
  });

  it('names each bad row by line before anything is written, and offers only Cancel', async () => {
    const { client } = ledger();
    renderControls(client);
    await chooseFile(`${header}2024-03-01,Tea,-3.50,EUR,\r\n2024-03-02,,12.345,USD,\r\n`);
    const problems = await screen.findByRole('list', { name: 'Rows with problems' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 3: Amount: USD allows at most 2 decimals. Description cannot be empty.']);
    expect(screen.getByRole('alert')).toHaveTextContent('nothing was imported');
    expect(screen.queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('CSV file to import')).toBeInTheDocument();
    expect(client.createIdempotent).not.toHaveBeenCalled();
  });

  it('refuses a file of 5,001 rows with a clear message, and one with a wrong header', async () => {
    const { client } = ledger();
    renderControls(client);
    await chooseFile(header + '2024-03-01,Tea,-1,EUR,\r\n'.repeat(5_001));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file has 5,001 rows; at most 5,000 can be imported at once.',
    );
    await chooseFile('when,what\r\n1,2\r\n');
    expect(await screen.findByRole('alert')).toHaveTextContent('Line 1 must be the header');
    expect(client.createIdempotent).not.toHaveBeenCalled();
  });

  it('keeps each failed row with its reason in the summary', async () => {
    const { client } = ledger();
    client.createIdempotent = vi.fn(async (input: TransactionInput) => {
      if (input.description === 'Tea') throw new Error('network down');
      return { transaction: buildTransaction(input), replayed: false };
    });
    renderControls(client);
    await chooseFile(twoRows);
    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 transactions' }));
    expect(await screen.findByText(/Import finished/)).toHaveTextContent(
      '1 imported, 0 already present, 1 failed.',
    );
    const failed = screen.getByRole('list', { name: 'Rows that failed' });
    expect(within(failed).getByRole('listitem')).toHaveTextContent(/^Line 2: /);
  });

  it('is usable with the keyboard: Enter opens the panel on the file picker, Cancel returns', async () => {
    renderControls();
    screen.getByRole('button', { name: 'Import CSV' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('CSV file to import')).toHaveFocus());
    await userEvent.tab({ shift: false });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import CSV' })).toHaveFocus());
  });
});
