// The table's item layout (see api/handler.ts for the whole picture) and conversions
// between items and the wire `Transaction`. Only listed attributes leave the store, so
// keys and bookkeeping attributes never reach a client.

import type { CurrencyTotal, Transaction } from '../../contract/transaction';
import { searchTextOf } from '../../contract/transaction-filters';

export const ownerKey = (sub: string): string => `USER#${sub}`;
export const transactionKey = (id: string): string => `TX#${id}`;
export const totalKey = (currency: string): string => `TOTAL#${currency}`;
/** Sort key of one month's totals in one currency; months sort as text (`YYYY-MM`). */
export const monthTotalKey = (month: string, currency: string): string =>
  `MONTHTOTAL#${month}#${currency}`;
export const monthTotalPrefix = 'MONTHTOTAL#';
/** The `YYYY-MM` month of a `YYYY-MM-DD` date. */
export const monthOf = (date: string): string => date.slice(0, 7);
export const idempotencyKey = (key: string): string => `IDEMPOTENCY#${key}`;
/** Sort key of the byDate index: date, then the time-sortable id for ties. */
export const dateKeyOf = (date: string, id: string): string => `${date}#${id}`;

export interface TransactionItem extends Transaction {
  readonly pk: string;
  readonly sk: string;
  readonly dateKey: string;
  /** searchTextOf(description): DynamoDB's `contains` is case-sensitive, so `q` matches this. */
  readonly searchText: string;
  /**
   * The item is counted in its month's totals. Items written before month totals existed lack
   * it, and a replace or delete must not subtract what was never added.
   */
  readonly countedByMonth: true;
}

export function toTransactionItem(sub: string, transaction: Transaction): TransactionItem {
  return {
    ...transaction,
    pk: ownerKey(sub),
    sk: transactionKey(transaction.id),
    dateKey: dateKeyOf(transaction.date, transaction.id),
    searchText: searchTextOf(transaction.description),
    countedByMonth: true,
  };
}

export function fromTransactionItem(item: Record<string, unknown>): Transaction {
  const category = item['category'];
  return {
    id: String(item['id']),
    date: String(item['date']),
    description: String(item['description']),
    amount: Number(item['amount']),
    currency: String(item['currency']),
    ...(typeof category === 'string' ? { category } : {}),
    createdAt: String(item['createdAt']),
    updatedAt: String(item['updatedAt']),
    version: Number(item['version']),
  };
}

/** How one transaction contributes to its currency's totals. */
export interface TotalsDelta {
  readonly income: number;
  readonly expense: number;
  readonly count: number;
}

export function contribution(amount: number, sign: 1 | -1): TotalsDelta {
  return {
    income: amount > 0 ? sign * amount : 0,
    expense: amount < 0 ? sign * -amount : 0,
    count: sign,
  };
}

/** The totals of one totals item (per currency, or per month and currency). */
export function totalOfItem(item: Record<string, unknown>): CurrencyTotal {
  const income = Number(item['income'] ?? 0);
  const expense = Number(item['expense'] ?? 0);
  const count = Number(item['count'] ?? 0);
  const currency = String(item['currency']);
  return { currency, income, expense, net: income - expense, count };
}
