// The query strings of GET /transactions and GET /transactions/summary: one parser for the
// Lambda (which answers 400 with its field errors) and the SPA (which reads the same names
// from its own URL), and one writer for the SPA's client, so both ends spell them alike.

import type {
  FieldError,
  SummaryGroupBy,
  SummaryQuery,
  Transaction,
  TransactionFilters,
  TransactionKind,
} from './transaction';
import { transactionLimits } from './transaction';
import type { ValidationResult } from './validate-transaction';
import { checkDate, checkText, displayKey } from './validate-transaction';

/** Every value of every query parameter, as API Gateway's multiValueQueryStringParameters. */
export type QueryValues = Readonly<Record<string, readonly string[] | undefined>>;

/** GET /transactions, parsed. */
export interface ListQuery {
  readonly filters: TransactionFilters;
  readonly limit: number;
  readonly cursor?: string;
}

export const transactionKinds: readonly TransactionKind[] = ['income', 'expense'];
export const summaryGroupBys: readonly SummaryGroupBy[] = ['currency', 'month', 'category'];

const filterNames = ['from', 'to', 'category', 'kind', 'q'] as const;
// Longer than any valid value of any parameter (a cursor is at most 512): refused unread.
const maxRawLength = 1024;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The query values of a URL's search part (the SPA's own URL, or a built request). */
export function queryValuesOf(search: URLSearchParams | string): QueryValues {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values: Record<string, string[]> = {};
  for (const [name, value] of params) {
    // Own, null-prototype-safe keys: a `__proto__` parameter stays a plain entry.
    if (Object.hasOwn(values, name)) values[name]?.push(value);
    else Object.defineProperty(values, name, { value: [value], enumerable: true, writable: true });
  }
  return values;
}

/** Reads the filters of GET /transactions (and of the SPA's URL); unknown names are ignored. */
export function parseTransactionFilters(values: QueryValues): ValidationResult<TransactionFilters> {
  const errors: FieldError[] = [];
  const filters = readFilters(values, errors);
  return errors.length === 0 ? { ok: true, value: filters } : { ok: false, errors };
}

/** GET /transactions: the filters, `limit` (default 25, 1–100) and the opaque `cursor`. */
export function parseListQuery(values: QueryValues): ValidationResult<ListQuery> {
  const errors: FieldError[] = [];
  const filters = readFilters(values, errors);
  const limit = readLimit(single(values, 'limit', errors), errors);
  const cursor = single(values, 'cursor', errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { filters, limit, ...(cursor ? { cursor } : {}) } };
}

/** GET /transactions/summary: `from`, `to` and `groupBy` (default `currency`). */
export function parseSummaryQuery(values: QueryValues): ValidationResult<SummaryQuery> {
  const errors: FieldError[] = [];
  const range = readRange(values, errors);
  const raw = single(values, 'groupBy', errors);
  let groupBy: SummaryGroupBy = 'currency';
  if (raw !== undefined && raw !== '') {
    const found = summaryGroupBys.find((name) => name === raw);
    if (found) groupBy = found;
    else {
      errors.push({
        field: 'groupBy',
        message: `groupBy must be one of ${summaryGroupBys.join(', ')}, not "${displayKey(raw)}".`,
      });
    }
  }
  return errors.length === 0 ? { ok: true, value: { ...range, groupBy } } : { ok: false, errors };
}

/** The query string of a list request (without `?`); empty and default values left out. */
export function listQueryString(query: Partial<ListQuery>): string {
  const params = filterParams(query.filters ?? {});
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params.toString();
}

/** The query string of a summary request (without `?`); `groupBy=currency` left out. */
export function summaryQueryString(query: Partial<SummaryQuery>): string {
  const params = filterParams({
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  });
  if (query.groupBy && query.groupBy !== 'currency') params.set('groupBy', query.groupBy);
  return params.toString();
}

/** The filters as URL parameters, in a fixed order, without empty ones (for URLs and links). */
export function filterParams(filters: TransactionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value !== undefined && value !== '') params.set(name, value);
  }
  return params;
}

/**
 * Whether `date` (`YYYY-MM-DD`) lies in the filters' range, both ends inclusive. Dates compare
 * as text because the format is fixed-width.
 */
export function isInDateRange(date: string, range: Pick<TransactionFilters, 'from' | 'to'>) {
  return (
    (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to)
  );
}

/**
 * The text `q` is matched against: NFC and lower case, the same on write (stored beside the
 * description) and on read, so the match ignores case without DynamoDB knowing about case.
 */
export function searchTextOf(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function readFilters(values: QueryValues, errors: FieldError[]): TransactionFilters {
  const filters: Mutable<TransactionFilters> = { ...readRange(values, errors) };
  const category = readSearchText(values, 'category', transactionLimits.categoryMaxLength, errors);
  if (category !== undefined) filters.category = category;
  const q = readSearchText(values, 'q', transactionLimits.searchMaxLength, errors);
  if (q !== undefined) filters.q = q;
  const kind = single(values, 'kind', errors);
  if (kind !== undefined && kind !== '') {
    const found = transactionKinds.find((name) => name === kind);
    if (found) filters.kind = found;
    else {
      errors.push({
        field: 'kind',
        message: `kind must be income or expense, not "${displayKey(kind)}".`,
      });
    }
  }
  return filters;
}

function readRange(
  values: QueryValues,
  errors: FieldError[],
): Pick<TransactionFilters, 'from' | 'to'> {
  const range: Mutable<Pick<TransactionFilters, 'from' | 'to'>> = {};
  for (const field of ['from', 'to'] as const) {
    const raw = single(values, field, errors);
    if (raw === undefined || raw === '') continue;
    const checked = checkDate(raw, field);
    if (checked.ok) range[field] = checked.value;
    else errors.push({ field, message: checked.message });
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    errors.push({ field: 'to', message: `to (${range.to}) is before from (${range.from}).` });
  }
  return range;
}

function readSearchText(
  values: QueryValues,
  field: 'category' | 'q',
  max: number,
  errors: FieldError[],
): string | undefined {
  const raw = single(values, field, errors);
  if (raw === undefined) return undefined;
  const checked = checkText(raw, field, max);
  if (!checked.ok) {
    errors.push({ field, message: checked.message });
    return undefined;
  }
  return checked.value === '' ? undefined : checked.value;
}

function readLimit(raw: string | undefined, errors: FieldError[]): number {
  const { pageSizeDefault, pageSizeMax } = transactionLimits;
  if (raw === undefined || raw === '') return pageSizeDefault;
  const limit = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (limit >= 1 && limit <= pageSizeMax) return limit;
  errors.push({
    field: 'limit',
    message: `limit must be a whole number from 1 to ${pageSizeMax}.`,
  });
  return pageSizeDefault;
}

/** The one value of `name`, or a field error when it is repeated or absurdly long. */
function single(values: QueryValues, name: string, errors: FieldError[]): string | undefined {
  const all = Object.hasOwn(values, name) ? values[name] : undefined;
  if (all === undefined || all.length === 0) return undefined;
  if (all.length > 1) {
    errors.push({ field: name, message: `${name} may be given only once.` });
    return undefined;
  }
  const value = all[0] ?? '';
  if (value.length > maxRawLength) {
    errors.push({ field: name, message: `${name} is far too long.` });
    return undefined;
  }
  return value;
}

/** Whether `transaction` matches every one of `filters` (the API's rule, for either end). */
export function matchesFilters(
  transaction: Pick<Transaction, 'date' | 'amount' | 'category' | 'description'>,
  filters: TransactionFilters,
): boolean {
  const { category, kind, q } = filters;
  return (
    isInDateRange(transaction.date, filters) &&
    (category === undefined || transaction.category === category) &&
    (kind === undefined || (kind === 'income' ? transaction.amount > 0 : transaction.amount < 0)) &&
    (q === undefined || searchTextOf(transaction.description).includes(searchTextOf(q)))
  );
}
