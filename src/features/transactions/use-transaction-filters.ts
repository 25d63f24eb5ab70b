import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TransactionFilters } from '../../../contract/transaction';
import type { LedgerView } from './ledger-view';
import { filtersOf, hasNoFilters, ledgerViewQuery, parseLedgerView } from './ledger-view';

export interface TransactionFiltersState {
  /** The whole view the URL asks for (period, filters, chart currency). */
  readonly view: LedgerView;
  /** The filters to send to GET /transactions (and CSV export): the view minus its chart. */
  readonly filters: TransactionFilters;
  /** A stable text of `filters`, for effect dependencies. */
  readonly filtersKey: string;
  readonly isFiltered: boolean;
  /** Shows `next`; a new history entry, so Back returns to the view before. */
  setView(next: LedgerView): void;
  /** Back to every transaction (the chart currency stays). */
  clearFilters(): void;
}

/**
 * The transactions page's filters, held in the URL's query so reload, Back and a shared link
 * keep them. Any component under the router may read them (CSV export does).
 */
export function useTransactionFilters(): TransactionFiltersState {
  const [query, setQuery] = useSearchParams();
  const text = query.toString();
  // Keyed by the query's text: useSearchParams gives a new object on every render.
  const view = useMemo(() => parseLedgerView(new URLSearchParams(text)), [text]);
  const filtersKey = JSON.stringify(filtersOf(view));
  // One object per set of filters: choosing a chart currency must not reload the list.
  const filters = useMemo(() => JSON.parse(filtersKey) as TransactionFilters, [filtersKey]);
  const setView = useCallback((next: LedgerView) => setQuery(ledgerViewQuery(next)), [setQuery]);
  const clearFilters = useCallback(
    () =>
      setView({ period: { type: 'all' }, ...(view.currency ? { currency: view.currency } : {}) }),
    [setView, view.currency],
  );
  return { view, filters, filtersKey, isFiltered: !hasNoFilters(filters), setView, clearFilters };
}
