import { createContext, useContext } from 'react';
import type { TransactionPage, TransactionSummary } from '../../../contract/transaction';
import type { SessionMemory } from '../../lib/auth/session-memory';
import type { ApiSession, TransactionsClient } from '../../lib/http/transactions-client';

/** The page size the transactions page asks for first; the prefetch asks for the same. */
export const firstPageSize = 25;

/** The first page and the totals, asked for as soon as a sign-in has stored its token. */
interface FirstLoad {
  readonly idToken: string;
  readonly startedAt: number;
  readonly list: Promise<TransactionPage>;
  readonly summary: Promise<TransactionSummary>;
}

export interface TransactionsPrefetch {
  /**
   * Starts the first page and the totals with the new sign-in's tokens (the client sends the one
   * config.apiToken names), unless they are already under way for this `idToken`; `memory` is
   * the session's (the page's client shares what the prefetch keeps there).
   */
  start(idToken: string, memory: SessionMemory, accessToken?: string | null): void;
  /** Hands over, once, what `start` began for this same token if it is still fresh. */
  take(idToken: string | null): Pick<FirstLoad, 'list' | 'summary'> | null;
}

export interface TransactionsPrefetchDeps {
  /**
   * The API client for a session (the factory the page's own client comes from); it may be a
   * promise, so the first page need not carry the client.
   */
  readonly createClient: (
    session: ApiSession,
    memory: SessionMemory,
  ) => TransactionsClient | Promise<TransactionsClient>;
  readonly now?: () => number;
  /** Older answers are not shown: the page asks again. Default 10 s (it only bridges a render). */
  readonly maxAgeMs?: number;
}

/**
 * A one-entry cache between the sign-in and the transactions page: the callback starts the
 * requests the moment the token is stored, in parallel with rendering, and the page takes them
 * instead of asking again. Keyed by the id_token, so one session never sees another's answers.
 * Its client cannot renew or sign in: any failure is left to the page's own client to retry.
 */
export function createTransactionsPrefetch(deps: TransactionsPrefetchDeps): TransactionsPrefetch {
  const now = deps.now ?? Date.now;
  const maxAgeMs = deps.maxAgeMs ?? 10_000;
  let entry: FirstLoad | null = null;
  return {
    start(idToken, memory, accessToken = null) {
      if (!idToken || entry?.idToken === idToken) return;
      const created = deps.createClient(
        {
          idToken: () => idToken,
          accessToken: () => accessToken || null,
          renew: async () => null,
          signInAgain: () => undefined,
        },
        memory,
      );
      // With the client at hand both requests leave now, in this task.
      const call = <T>(ask: (client: TransactionsClient) => Promise<T>) =>
        created instanceof Promise ? created.then(ask) : ask(created);
      const list = call((client) => client.list({ limit: firstPageSize }));
      const summary = call((client) => client.summary());
      // Unhandled until the page takes them; the page's fallback reports any failure.
      list.catch(() => undefined);
      summary.catch(() => undefined);
      entry = { idToken, startedAt: now(), list, summary };
    },
    take(idToken) {
      const found = entry;
      entry = null;
      if (!found || found.idToken !== idToken || now() - found.startedAt > maxAgeMs) return null;
      return { list: found.list, summary: found.summary };
    },
  };
}

const TransactionsPrefetchContext = createContext<TransactionsPrefetch | null>(null);

/** Gives the transactions page the requests the sign-in started (App provides it). */
export const TransactionsPrefetchProvider = TransactionsPrefetchContext.Provider;

/** The prefetch App provides, or null (tests that render a page alone). */
export function useTransactionsPrefetch(): TransactionsPrefetch | null {
  return useContext(TransactionsPrefetchContext);
}

/**
 * `client`, except that its first unpaged list and its summary are the prefetched requests
 * (asked for lazily, once). Any write forgets them, so a reload after it asks the API; a
 * prefetched request that failed is asked again through `client`, which renews or signs in.
 */
export function withPrefetched(
  client: TransactionsClient,
  takePrefetched: () => Pick<FirstLoad, 'list' | 'summary'> | null,
): TransactionsClient {
  let taken: Pick<FirstLoad, 'list' | 'summary'> | null | undefined;
  let list: Promise<TransactionPage> | null = null;
  let summary: Promise<TransactionSummary> | null = null;
  const take = () => {
    if (taken === undefined) {
      taken = takePrefetched();
      list = taken?.list ?? null;
      summary = taken?.summary ?? null;
    }
  };
  const forget = () => {
    take();
    list = null;
    summary = null;
  };
  return {
    ...client,
    list(options = {}) {
      take();
      const primed = options.cursor === undefined && options.limit === firstPageSize ? list : null;
      if (!primed) return client.list(options);
      return primed.catch(() => {
        list = null;
        return client.list(options);
      });
    },
    summary(signal) {
      take();
      if (!summary) return client.summary(signal);
      return summary.catch(() => {
        summary = null;
        return client.summary(signal);
      });
    },
    create: (input) => (forget(), client.create(input)),
    replace: (id, body) => (forget(), client.replace(id, body)),
    remove: (id) => (forget(), client.remove(id)),
  };
}
