// What the transactions page shows, as it lives in the URL's query (?month=2026-11&q=rent…):
// parsed leniently (a value that is not valid is dropped, never an error), written back in
// one fixed order so equal views have equal URLs. `month` is the SPA's own shorthand for a
// range; the other filters use the API's names and rules.
import { isCurrencyCode } from '../../../contract/iso4217';
import type { TransactionFilters, TransactionKind } from '../../../contract/transaction';
import { parseTransactionFilters, queryValuesOf } from '../../../contract/transaction-filters';
import { isMonth, monthRange } from './calendar-month';

export type LedgerPeriod =
  | { readonly type: 'all' }
  | { readonly type: 'month'; readonly month: string }
  | { readonly type: 'range'; readonly from?: string; readonly to?: string };

export interface LedgerView {
  readonly period: LedgerPeriod;
  readonly category?: string;
  readonly kind?: TransactionKind;
  /** Case-insensitive part of the description. */
  readonly q?: string;
  /** The currency the charts show, when the user chose one. */
  readonly currency?: string;
}

export const defaultLedgerView: LedgerView = { period: { type: 'all' } };

/**
 * The filters of `query` by the API's own rules (contract/transaction-filters.ts), except that
 * a parameter the API would refuse is left out instead (a reversed range loses its end).
 */
function lenientFilters(query: URLSearchParams): TransactionFilters {
  const values = queryValuesOf(query);
  const first = parseTransactionFilters(values);
  if (first.ok) return first.value;
  const refused = new Set(first.errors.map((error) => error.field));
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !refused.has(name)));
  const second = parseTransactionFilters(kept);
  return second.ok ? second.value : {};
}

/** The view a URL query asks for; anything invalid falls back to its default. */
export function parseLedgerView(query: URLSearchParams): LedgerView {
  const { from, to, category, kind, q } = lenientFilters(query);
  const month = query.get('month') ?? '';
  const currency = query.get('currency') ?? '';
  const period: LedgerPeriod = isMonth(month)
    ? { type: 'month', month }
    : from || to
      ? { type: 'range', ...(from ? { from } : {}), ...(to ? { to } : {}) }
      : { type: 'all' };
  return {
    period,
    ...(category ? { category } : {}),
    ...(kind ? { kind } : {}),
    ...(q ? { q } : {}),
    ...(isCurrencyCode(currency) ? { currency } : {}),
  };
}

/** The URL query of `view`, keys in a fixed order, defaults left out. */
export function ledgerViewQuery(view: LedgerView): URLSearchParams {
  const query = new URLSearchParams();
  const { period } = view;
  if (period.type === 'month') query.set('month', period.month);
  if (period.type === 'range') {
    if (period.from) query.set('from', period.from);
    if (period.to) query.set('to', period.to);
  }
  if (view.category) query.set('category', view.category);
  if (view.kind) query.set('kind', view.kind);
  if (view.q) query.set('q', view.q);
  if (view.currency) query.set('currency', view.currency);
  return query;
}

/** The first and last day `period` covers (either may be open). */
export function periodRange(period: LedgerPeriod): { from?: string; to?: string } {
  if (period.type === 'month') return monthRange(period.month);
  if (period.type === 'range') {
    return {
      ...(period.from ? { from: period.from } : {}),
      ...(period.to ? { to: period.to } : {}),
    };
  }
  return {};
}

/** The API filters of `view` (the chart currency is not one). */
export function filtersOf(view: LedgerView): TransactionFilters {
  return {
    ...periodRange(view.period),
    ...(view.category ? { category: view.category } : {}),
    ...(view.kind ? { kind: view.kind } : {}),
    ...(view.q ? { q: view.q } : {}),
  };
}

/** True when `filters` asks for nothing: the default view, the one the sign-in prefetches. */
export function hasNoFilters(filters: TransactionFilters | undefined): boolean {
  return !filters || Object.values(filters).every((value) => value === undefined || value === '');
}
