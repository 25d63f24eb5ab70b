import { screen, waitFor } from '@testing-library/react';
import { currencySummary } from '../../../contract/transaction';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInRequiredError } from '../../lib/http/http-errors';
import type { ApiSession, TransactionsClient } from '../../lib/http/transactions-client';
import { createSessionMemory } from '../../lib/auth/session-memory';
import type { SessionMemory } from '../../lib/auth/session-memory';
import { buildTransaction } from '../../test/builders';
import { renderAt } from '../../test/render-at';
import { TransactionsView } from './TransactionsPage';
import { createTransactionsPrefetch, firstPageSize, withPrefetched } from './transactions-prefetch';
import { fakeTransactionsClient } from '../../test/fake-transactions-client';

/** A client on a fake API whose answers name the token they were asked with. */
function apiFor(session: ApiSession, overrides: Partial<TransactionsClient> = {}) {
  const description = () => `Seen with ${session.idToken()}`;
  return fakeTransactionsClient({
    list: vi.fn(async () => ({ items: [buildTransaction({ description: description() })] })),
    summary: vi.fn(async () =>
      currencySummary([{ currency: 'USD', income: 0, expense: 1234, net: -1234, count: 1 }]),
    ),
    ...overrides,
  });
}

/** The prefetch with a recording client factory, and the page's own client for `token`. */
function setUp(options: { now?: () => number; prefetchClient?: Partial<TransactionsClient> } = {}) {
  const prefetchClients: ReturnType<typeof apiFor>[] = [];
  const memories: SessionMemory[] = [];
  const prefetch = createTransactionsPrefetch({
    createClient: (session, kept) => {
      memories.push(kept);
      const client = apiFor(session, options.prefetchClient);
      prefetchClients.push(client);
      return client;
    },
    ...(options.now ? { now: options.now } : {}),
  });
  const pageClient = (token: string) =>
    apiFor({
      idToken: () => `${token} (page)`,
      accessToken: () => null,
      renew: async () => null,
      signInAgain: vi.fn(),
    });
  return { prefetch, prefetchClients, pageClient, memories };
}

/** The page's summary calls for its totals (per currency, all dates): what the prefetch covers. */
const totalsCalls = (client: TransactionsClient) =>
  vi
    .mocked(client.summary)
    .mock.calls.filter(([options]) => !options?.groupBy && !options?.from && !options?.to);

// The session's memory, where an IAM-mode client keeps its credentials for the page's to share.
const memory = createSessionMemory();

describe('the transactions prefetch', () => {
  it("builds its client with the session's memory, so the page's client shares what it keeps", () => {
    const { prefetch, memories } = setUp();
    prefetch.start('token-a', memory);
    expect(memories).toEqual([memory]);
  });

  it('shows the first page it asked for at sign-in, without asking again', async () => {
    const { prefetch, prefetchClients, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    renderAt(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    expect(await screen.findByText('Seen with token-a')).toBeInTheDocument();
    expect(await screen.findByText('Totals')).toBeInTheDocument();
    expect(prefetchClients[0]?.list).toHaveBeenCalledWith({ limit: firstPageSize });
    expect(own.list).not.toHaveBeenCalled();
    expect(totalsCalls(own)).toHaveLength(0);
    // The charts' summaries were never prefetched: the page's client asks for them.
    expect(own.summary).toHaveBeenCalledWith(expect.objectContaining({ groupBy: 'month' }));
  });

  it('never shows the prefetched first page for a filtered view (a shared link)', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    renderAt(
      <TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />,
      '/transactions?month=2026-11',
    );
    expect(await screen.findByText('Seen with token-a (page)')).toBeInTheDocument();
    expect(own.list).toHaveBeenCalledWith(
      expect.objectContaining({ filters: { from: '2026-11-01', to: '2026-11-30' } }),
    );
    expect(screen.queryByText('Seen with token-a')).not.toBeInTheDocument();
  });

  it('starts the requests once per token', () => {
    const { prefetch, prefetchClients } = setUp();
    prefetch.start('token-a', memory);
    prefetch.start('token-a', memory);
    expect(prefetchClients).toHaveLength(1);
    expect(prefetchClients[0]?.summary).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an empty token', ''],
    ['no token', undefined as unknown as string],
  ])('ignores %s', (_name, token) => {
    const { prefetch, prefetchClients } = setUp();
    prefetch.start(token, memory);
    expect(prefetchClients).toHaveLength(0);
    expect(prefetch.take(token)).toBeNull();
  });

  it('never hands one session the answers asked for with another token', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-b');
    renderAt(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-b'))} />);
    expect(await screen.findByText('Seen with token-b (page)')).toBeInTheDocument();
    expect(screen.queryByText('Seen with token-a')).not.toBeInTheDocument();
  });

  it('hands its requests over once: a later visit to the page asks the API', () => {
    const { prefetch } = setUp();
    prefetch.start('token-a', memory);
    expect(prefetch.take('token-a')).not.toBeNull();
    expect(prefetch.take('token-a')).toBeNull();
  });

  it('drops answers older than 10 s', () => {
    let now = 1_000;
    const { prefetch } = setUp({ now: () => now });
    prefetch.start('token-a', memory);
    now += 10_001;
    expect(prefetch.take('token-a')).toBeNull();
  });

  it('leaves a failed request to the page’s own client, which can renew and sign in', async () => {
    const { prefetch, pageClient } = setUp({
      prefetchClient: { list: vi.fn(async () => Promise.reject(new SignInRequiredError())) },
    });
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    renderAt(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    expect(await screen.findByText('Seen with token-a (page)')).toBeInTheDocument();
    expect(own.list).toHaveBeenCalledWith(expect.objectContaining({ limit: firstPageSize }));
    expect(totalsCalls(own)).toHaveLength(0);
  });

  it('asks the API, not the prefetch, after a change', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    renderAt(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    // The page's first render (list, filters, totals, charts) can take over a second on a busy CI.
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete Seen with token-a' }, { timeout: 5000 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(own.remove).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(own.list).toHaveBeenCalledTimes(1));
    expect(totalsCalls(own)).toHaveLength(1);
  });

  it('passes later pages straight to the page’s client', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    const client = withPrefetched(own, () => prefetch.take('token-a'));
    await client.list({ limit: firstPageSize, cursor: 'next' });
    expect(own.list).toHaveBeenCalledWith({ limit: firstPageSize, cursor: 'next' });
  });

  it('passes filtered lists and other summaries straight to the page’s client', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    const client = withPrefetched(own, () => prefetch.take('token-a'));
    const filters = { from: '2024-01-01', to: '2024-01-31' };
    await client.list({ limit: firstPageSize, filters });
    await client.summary({ groupBy: 'month' });
    expect(own.list).toHaveBeenCalledWith({ limit: firstPageSize, filters });
    expect(own.summary).toHaveBeenCalledWith({ groupBy: 'month' });
    // The plain ones still come from the prefetch.
    await client.list({ limit: firstPageSize, filters: { q: '' } });
    await client.summary();
    expect(own.list).toHaveBeenCalledTimes(1);
    expect(own.summary).toHaveBeenCalledTimes(1);
  });
});
