// A TransactionStore in memory for unit tests of the handler and routes. It keeps the DynamoDB
// store's contract (owner scoping, versions, totals kept per currency with their safe-integer
// ceiling, idempotency records, cursors, the same domain errors), checked by the shared suite
// in api/store/transaction-store.contract.ts; it has none of DynamoDB's concurrency.

import type { CurrencyTotal, Transaction } from '../../contract/transaction';
import { applyReplacement } from '../store/apply-replacement';
import { decodeCursor, encodeCursor } from '../store/cursor';
import type { TotalsDelta } from '../store/item-codec';
import { contribution, dateKeyOf, ownerKey, transactionKey } from '../store/item-codec';
import {
  IdempotencyKeyTakenError,
  TotalLimitExceededError,
  TransactionNotFoundError,
  VersionConflictError,
} from '../store/store-errors';
import type { CurrencyDelta } from '../store/totals-update';
import { combine, replacementDeltas } from '../store/totals-update';
import type { IdempotencyWrite, TransactionStore } from '../store/transaction-store';

interface OwnerData {
  readonly items: Map<string, Transaction>;
  readonly totals: Map<string, TotalsDelta>;
  readonly records: Map<string, IdempotencyWrite>;
}

const zero: TotalsDelta = { income: 0, expense: 0, count: 0 };
const sortKey = (t: Transaction) => dateKeyOf(t.date, t.id);

export function createInMemoryTransactionStore(): TransactionStore {
  const owners = new Map<string, OwnerData>();
  const of = (owner: string): OwnerData => {
    let data = owners.get(owner);
    if (!data)
      owners.set(owner, (data = { items: new Map(), totals: new Map(), records: new Map() }));
    return data;
  };

  /** The totals after `changes`, refused as a whole as DynamoDB's conditions refuse them. */
  function totalsAfter(
    data: OwnerData,
    changes: readonly CurrencyDelta[],
  ): Map<string, TotalsDelta> {
    const next = new Map(data.totals);
    for (const { currency, delta } of changes) {
      const sum = combine(next.get(currency) ?? zero, delta);
      const over = (added: number, total: number) => added > 0 && total > Number.MAX_SAFE_INTEGER;
      if (over(delta.income, sum.income) || over(delta.expense, sum.expense)) {
        throw new TotalLimitExceededError(currency);
      }
      if (sum.count < 0) throw new Error(`Totals out of step with items (${currency})`);
      next.set(currency, sum);
    }
    return next;
  }

  function commit(data: OwnerData, totals: Map<string, TotalsDelta>): void {
    data.totals.clear();
    for (const [currency, total] of totals) data.totals.set(currency, total);
  }

  return {
    async list(owner, limit, cursor) {
      const after = cursor === undefined ? undefined : decodeCursor(cursor, owner).dateKey;
      const sorted = [...of(owner).items.values()]
        .sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1))
        .filter((t) => after === undefined || sortKey(t) < after);
      const items = sorted.slice(0, limit);
      const last = items[items.length - 1];
      if (sorted.length <= limit || !last) return { items };
      const nextCursor = encodeCursor({
        pk: ownerKey(owner),
        sk: transactionKey(last.id),
        dateKey: sortKey(last),
      });
      return { items, nextCursor };
    },

    async get(owner, id) {
      return of(owner).items.get(id);
    },

    async create(owner, transaction, idempotency) {
      const data = of(owner);
      if (data.items.has(transaction.id)) throw new Error('Transaction id collision on create');
      if (idempotency) {
        const existing = data.records.get(idempotency.key);
        if (existing && existing.expiresAt > idempotency.storedAt) {
          throw new IdempotencyKeyTakenError();
        }
      }
      const delta = contribution(transaction.amount, 1);
      const totals = totalsAfter(data, [{ currency: transaction.currency, delta }]);
      // Every check passed: write all three, as one TransactWriteItems would.
      commit(data, totals);
      data.items.set(transaction.id, { ...transaction });
      if (idempotency) data.records.set(idempotency.key, { ...idempotency });
    },

    async replace(owner, id, replacement, updatedAt) {
      const data = of(owner);
      const current = data.items.get(id);
      if (!current) throw new TransactionNotFoundError(id);
      if (current.version !== replacement.version) {
        throw new VersionConflictError(id, replacement.version);
      }
      const next = applyReplacement(current, replacement, updatedAt);
      commit(data, totalsAfter(data, replacementDeltas(current, next)));
      data.items.set(id, next);
      return next;
    },

    async remove(owner, id) {
      const data = of(owner);
      const current = data.items.get(id);
      if (!current) throw new TransactionNotFoundError(id);
      const delta = contribution(current.amount, -1);
      commit(data, totalsAfter(data, [{ currency: current.currency, delta }]));
      data.items.delete(id);
    },

    async summary(owner) {
      const totals: CurrencyTotal[] = [...of(owner).totals]
        .filter(([, total]) => total.count > 0)
        .map(([currency, { income, expense, count }]) => ({
          currency,
          income,
          expense,
          net: income - expense,
          count,
        }))
        .sort((a, b) => (a.currency < b.currency ? -1 : 1));
      return { totals };
    },

    async findIdempotencyRecord(owner, key, nowSeconds) {
      const record = of(owner).records.get(key);
      if (!record || record.expiresAt <= nowSeconds) return undefined;
      const { requestHash, status, body } = record;
      return { requestHash, status, body };
    },
  };
}
