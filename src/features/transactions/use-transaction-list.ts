import { useCallback, useEffect, useRef, useState } from 'react';
import type { CurrencyTotal, Transaction, TransactionFilters } from '../../../contract/transaction';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { readFilteredTotals } from './filtered-totals';
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
  /** False when the list is searched: the totals then cover the other filters only. */
  readonly totalsCoverSearch: boolean;
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
  totalsCoverSearch: true,
};

const noFilters: TransactionFilters = {};

/**
 * The first page, further pages and the totals of what `filters` select (keep the object
 * stable: a new one loads again), with every failure kept as state.
 */
export function useTransactionList(
  client: TransactionsClient,
  filters: TransactionFilters = noFilters,
  pageSize = firstPageSize,
) {
  const describeError = useDescribeError();
  const [state, setState] = useState<TransactionListState>(initial);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading', error: null, loadMoreError: null }));
    const isCurrent = () => mine === generation.current && !controller.signal.aborted;
    client.list({ filters, limit: pageSize, signal: controller.signal }).then(
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
        setState((previous) => ({ ...previous, status: 'error', error: describeError(error) })),
    );
    readFilteredTotals(client, filters, controller.signal).then(
      ({ totals, coversSearch }) =>
        isCurrent() &&
        setState((previous) => ({
          ...previous,
          totals,
          totalsError: null,
          totalsCoverSearch: coversSearch,
        })),
      (error: unknown) =>
        isCurrent() && setState((previous) => ({ ...previous, totalsError: describeError(error) })),
    );
    return () => controller.abort();
  }, [client, filters, pageSize, describeError]);

  useEffect(() => reload(), [reload]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const mine = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: null }));
    client.list({ filters, cursor, limit: pageSize }).then(
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
          loadMoreError: describeError(error),
        })),
    );
  }, [client, filters, pageSize, state.nextCursor, state.loadingMore, describeError]);

  return { state, reload, loadMore };
}
