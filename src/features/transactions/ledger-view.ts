// What the transactions page shows, as it lives in the URL's query (?month=2026-11&q=rent…):
// parsed leniently (a value that is not valid is dropped, never an error), written back in
// one fixed order so equal views have equal URLs.
import { isCurrencyCode } from '../../../contract/iso4217';
import { transactionLimits } from '../../../contract/transaction';
import { isCalendarDate, isMonth, monthRange } from './calendar-month';

export type TransactionKind = 'income' | 'expense';

/** The filters of GET /transactions (dates inclusive). */
export interface TransactionFilters {
  readonly from?: string;
  readonly to?: string;
  readonly category?: string;
  readonly kind?: TransactionKind;
  readonly q?: string;
}

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

const controlCharacters = /\p{Cc}/u;

/** `text` trimmed, if it is 1–`max` code points with no control characters. */
function cleanText(text: string | null, max: number): string | undefined {
  const trimmed = text?.normalize('NFC').trim() ?? '';
  if (trimmed === '' || [...trimmed].length > max || controlCharacters.test(trimmed)) {
    return undefined;
  }
  return trimmed;
}

function parsePeriod(query: URLSearchParams): LedgerPeriod {
  const month = query.get('month') ?? '';
  if (isMonth(month)) return { type: 'month', month };
  const valid = (key: string) => {
    const value = query.get(key) ?? '';
    return isCalendarDate(value) ? value : undefined;
  };
  const from = valid('from');
  const to = valid('to');
  // A reversed range matches nothing and is surely a slip: the whole range is dropped.
  if (from && to && from > to) return { type: 'all' };
  if (!from && !to) return { type: 'all' };
  return { type: 'range', ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The view a URL query asks for; anything invalid falls back to its default. */
export function parseLedgerView(query: URLSearchParams): LedgerView {
  const kind = query.get('kind');
  const category = cleanText(query.get('category'), transactionLimits.categoryMaxLength);
  const q = cleanText(query.get('q'), transactionLimits.descriptionMaxLength);
  const currency = query.get('currency') ?? '';
  return {
    period: parsePeriod(query),
    ...(category ? { category } : {}),
    ...(kind === 'income' || kind === 'expense' ? { kind } : {}),
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
