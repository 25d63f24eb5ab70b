import { useCallback, useEffect, useRef, useState } from 'react';
import type { CurrencyTotal, Transaction } from '../../../contract/transaction';
import type { UiError } from '../../lib/errors/normalize-error';
import { normalizeError } from '../../lib/errors/normalize-error';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { firstPageSize } from './transactions-prefetch';

export interface TransactionListState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly items: readonly Transaction[];
  readonly nextCursor: string | undefined;
  readonly error: UiError | null;
  readonly loadingMore: boolean;
  readonly loadMoreError: UiError | null;
  readonly totals: readonly CurrencyTotal[] | null;
  readonly totalsError: UiError | null;
}

const initial: TransactionListState = {
  status: 'loading',
  items: [],
  nextCursor: undefined,
  error: null,
  loadingMore: false,
  loadMoreError: null,
  totals: null,
  totalsError: null,
};

/** The first page, further pages and the totals, with every failure kept as state. */
export function useTransactionList(client: TransactionsClient, pageSize = firstPageSize) {
  const [state, setState] = useState<TransactionListState>(initial);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading', error: null, loadMoreError: null }));
    const isCurrent = () => mine === generation.current && !controller.signal.aborted;
    client.list({ limit: pageSize, signal: controller.signal }).then(
      (page) =>
        isCurrent() &&
        setState((previous) => ({
          ...previous,
          status: 'ready',
          items: page.items,
          nextCursor: page.nextCursor,
        })),
      (error: unknown) =>
        isCurrent() &&
        setState((previous) => ({ ...previous, status: 'error', error: normalizeError(error) })),
    );
    client.summary({ signal: controller.signal }).then(
      (summary) =>
        isCurrent() &&
        setState((previous) => ({ ...previous, totals: summary.totals, totalsError: null })),
      (error: unknown) =>
        isCurrent() &&
        setState((previous) => ({ ...previous, totalsError: normalizeError(error) })),
    );
    return () => controller.abort();
  }, [client, pageSize]);

  useEffect(() => reload(), [reload]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const mine = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: null }));
    client.list({ cursor, limit: pageSize }).then(
      (page) =>
        mine === generation.current &&
        setState((previous) => ({
          ...previous,
          loadingMore: false,
          items: [
            ...previous.items,
            ...page.items.filter((item) => !previous.items.some((seen) => seen.id === item.id)),
          ],
          nextCursor: page.nextCursor,
        })),
      (error: unknown) =>
        mine === generation.current &&
        setState((previous) => ({
          ...previous,
          loadingMore: false,
          loadMoreError: normalizeError(error),
        })),
    );
  }, [client, pageSize, state.nextCursor, state.loadingMore]);

  return { state, reload, loadMore };
}
