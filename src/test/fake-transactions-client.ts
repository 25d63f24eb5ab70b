// A TransactionsClient on no API: an empty list and totals, writes echo what was sent. Tests
// override the calls they are about. fakeLedgerClient answers lists and summaries from an
// array, filtered and grouped as the API does, so tests can check the numbers shown.
import { vi } from 'vitest';
import type {
  CurrencyTotal,
  SummaryGroup,
  Transaction,
  TransactionFilters,
  TransactionInput,
  TransactionReplacement,
  TransactionSummary,
} from '../../contract/transaction';
import { currencySummary } from '../../contract/transaction';
import type { TransactionsClient } from '../lib/http/transactions-client';
import { buildTransaction } from './builders';

export function fakeTransactionsClient(
  overrides: Partial<TransactionsClient> = {},
): TransactionsClient {
  return {
    list: vi.fn(async () => ({ items: [] })),
    summary: vi.fn(async () => currencySummary([])),
    get: vi.fn(),
    create: vi.fn(async (input: TransactionInput) => buildTransaction(input)),
    createIdempotent: vi.fn(async (input: TransactionInput) => ({
      transaction: buildTransaction(input),
      replayed: false,
    })),
    replace: vi.fn(async (_id: string, body: TransactionReplacement) => buildTransaction(body)),
    remove: vi.fn(async () => undefined),
    profile: vi.fn(async () => null),
    ...overrides,
  };
}

/** Does `transaction` pass `filters`, by the API's rules? */
export function matchesFilters(transaction: Transaction, filters: TransactionFilters = {}) {
  const { from, to, category, kind, q } = filters;
  return (
    (!from || transaction.date >= from) &&
    (!to || transaction.date <= to) &&
    (category === undefined || (transaction.category ?? '') === category) &&
    (!kind || (kind === 'income') === transaction.amount > 0) &&
    (!q || transaction.description.toLowerCase().includes(q.toLowerCase()))
  );
}

/** Totals per currency of `items`, sorted by currency. */
function totalsOf(items: readonly Transaction[]): CurrencyTotal[] {
  const byCurrency = new Map<string, CurrencyTotal>();
  for (const item of items) {
    const seen = byCurrency.get(item.currency);
    const income = (seen?.income ?? 0) + Math.max(0, item.amount);
    const expense = (seen?.expense ?? 0) + Math.max(0, -item.amount);
    byCurrency.set(item.currency, {
      currency: item.currency,
      income,
      expense,
      net: income - expense,
      count: (seen?.count ?? 0) + 1,
    });
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** A client over `items` (newest first, one page of everything), filtering and summing them. */
export function fakeLedgerClient(
  items: readonly Transaction[],
  overrides: Partial<TransactionsClient> = {},
): TransactionsClient {
  return fakeTransactionsClient({
    list: vi.fn(async (options = {}) => ({
      items: items
        .filter((item) => matchesFilters(item, options.filters))
        .sort((a, b) => b.date.localeCompare(a.date)),
    })),
    summary: vi.fn(async (options = {}): Promise<TransactionSummary> => {
      const groupBy = options.groupBy ?? 'currency';
      const range = {
        ...(options.from ? { from: options.from } : {}),
        ...(options.to ? { to: options.to } : {}),
      };
      const inRange = items.filter((item) => matchesFilters(item, range));
      const keyOf = (item: Transaction) =>
        groupBy === 'month'
          ? item.date.slice(0, 7)
          : groupBy === 'category'
            ? (item.category ?? '')
            : item.currency;
      const keys = [...new Set(inRange.map(keyOf))].sort();
      const groups: SummaryGroup[] = keys.map((key) => ({
        key,
        totals: totalsOf(inRange.filter((item) => keyOf(item) === key)),
      }));
      return { groupBy, ...range, totals: totalsOf(inRange), groups };
    }),
    ...overrides,
  });
}
