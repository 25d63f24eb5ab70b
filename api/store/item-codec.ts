// The table's item layout (see api/handler.ts for the whole picture) and conversions
// between items and the wire `Transaction`. Only listed attributes leave the store, so
// keys and bookkeeping attributes never reach a client.

import type { Transaction } from '../../contract/transaction';

export const ownerKey = (sub: string): string => `USER#${sub}`;
export const transactionKey = (id: string): string => `TX#${id}`;
export const totalKey = (currency: string): string => `TOTAL#${currency}`;
export const idempotencyKey = (key: string): string => `IDEMPOTENCY#${key}`;
/** Sort key of the byDate index: date, then the time-sortable id for ties. */
export const dateKeyOf = (date: string, id: string): string => `${date}#${id}`;

export interface TransactionItem extends Transaction {
  readonly pk: string;
  readonly sk: string;
  readonly dateKey: string;
}

export function toTransactionItem(sub: string, transaction: Transaction): TransactionItem {
  return {
    ...transaction,
    pk: ownerKey(sub),
    sk: transactionKey(transaction.id),
    dateKey: dateKeyOf(transaction.date, transaction.id),
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
