import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInRequiredError } from '../../lib/http/http-errors';
import type { ApiSession, TransactionsClient } from '../../lib/http/transactions-client';
import { createSessionMemory } from '../../lib/auth/session-memory';
import type { SessionMemory } from '../../lib/auth/session-memory';
import { buildTransaction } from '../../test/builders';
import { renderStrict } from '../../test/render-strict';
import { TransactionsView } from './TransactionsPage';
import { createTransactionsPrefetch, firstPageSize, withPrefetched } from './transactions-prefetch';
import { fakeTransactionsClient } from '../../test/fake-transactions-client';

/** A client on a fake API whose answers name the token they were asked with. */
function apiFor(session: ApiSession, overrides: Partial<TransactionsClient> = {}) {
  const description = () => `Seen with ${session.idToken()}`;
  return fakeTransactionsClient({
    list: vi.fn(async () => ({ items: [buildTransaction({ description: description() })] })),
    summary: vi.fn(async () => ({
      totals: [{ currency: 'USD', income: 0, expense: 1234, net: -1234, count: 1 }],
    })),
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
    renderStrict(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    expect(await screen.findByText('Seen with token-a')).toBeInTheDocument();
    expect(await screen.findByText('Totals')).toBeInTheDocument();
    expect(prefetchClients[0]?.list).toHaveBeenCalledWith({ limit: firstPageSize });
    expect(own.list).not.toHaveBeenCalled();
    expect(own.summary).not.toHaveBeenCalled();
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
    renderStrict(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-b'))} />);
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
    renderStrict(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    expect(await screen.findByText('Seen with token-a (page)')).toBeInTheDocument();
    expect(own.list).toHaveBeenCalledWith(expect.objectContaining({ limit: firstPageSize }));
    expect(own.summary).not.toHaveBeenCalled();
  });

  it('asks the API, not the prefetch, after a change', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    renderStrict(<TransactionsView client={withPrefetched(own, () => prefetch.take('token-a'))} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Seen with token-a' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(own.remove).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(own.list).toHaveBeenCalledTimes(1));
    expect(own.summary).toHaveBeenCalledTimes(1);
  });

  it('passes later pages straight to the page’s client', async () => {
    const { prefetch, pageClient } = setUp();
    prefetch.start('token-a', memory);
    const own = pageClient('token-a');
    const client = withPrefetched(own, () => prefetch.take('token-a'));
    await client.list({ limit: firstPageSize, cursor: 'next' });
    expect(own.list).toHaveBeenCalledWith({ limit: firstPageSize, cursor: 'next' });
  });
});
