// A TransactionStore in memory for unit tests of the handler and routes: same contract as the
// DynamoDB store (owner scoping, versions, totals, idempotency), none of its concurrency.

import type { CurrencyTotal, Transaction } from '../../contract/transaction';
import { ConflictError, NotFoundError } from '../errors/http-error';
import { decodeCursor, encodeCursor } from '../store/cursor';
import { dateKeyOf, ownerKey, transactionKey } from '../store/item-codec';
import type { IdempotencyWrite, TransactionStore } from '../store/transaction-store';
import { IdempotencyKeyTakenError } from '../store/transaction-store';

export function createInMemoryTransactionStore(): TransactionStore {
  const items = new Map<string, Map<string, Transaction>>();
  const records = new Map<string, IdempotencyWrite>();
  const of = (owner: string) => {
    let mine = items.get(owner);
    if (!mine) items.set(owner, (mine = new Map()));
    return mine;
  };
  const sortKey = (t: Transaction) => dateKeyOf(t.date, t.id);

  return {
    async list(owner, limit, cursor) {
      const after = cursor === undefined ? undefined : decodeCursor(cursor, owner).dateKey;
      const sorted = [...of(owner).values()]
        .sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1))
        .filter((t) => after === undefined || sortKey(t) < after);
      const page = sorted.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page,
        ...(sorted.length > limit && last
          ? {
              nextCursor: encodeCursor({
                pk: ownerKey(owner),
                sk: transactionKey(last.id),
                dateKey: sortKey(last),
              }),
            }
          : {}),
      };
    },
    async get(owner, id) {
      return of(owner).get(id);
    },
    async create(owner, transaction, idempotency) {
      if (idempotency) {
        const existing = records.get(`${owner}\n${idempotency.key}`);
        if (existing && existing.expiresAt > idempotency.storedAt) {
          throw new IdempotencyKeyTakenError();
        }
        records.set(`${owner}\n${idempotency.key}`, idempotency);
      }
      of(owner).set(transaction.id, transaction);
    },
    async replace(owner, id, replacement, updatedAt) {
      const current = of(owner).get(id);
      if (!current) throw new NotFoundError();
      if (current.version !== replacement.version) {
        throw new ConflictError('version_conflict', 'Stale version.');
      }
      const { date, description, amount, currency, category } = replacement;
      const next: Transaction = {
        date,
        description,
        amount,
        currency,
        ...(category !== undefined ? { category } : {}),
        id,
        createdAt: current.createdAt,
        updatedAt,
        version: current.version + 1,
      };
      of(owner).set(id, next);
      return next;
    },
    async remove(owner, id) {
      if (!of(owner).delete(id)) throw new NotFoundError();
    },
    async summary(owner) {
      const totals = new Map<string, CurrencyTotal>();
      for (const t of of(owner).values()) {
        const sum = totals.get(t.currency) ?? {
          currency: t.currency,
          income: 0,
          expense: 0,
          net: 0,
          count: 0,
        };
        const income = sum.income + Math.max(t.amount, 0);
        const expense = sum.expense + Math.max(-t.amount, 0);
        totals.set(t.currency, {
          currency: t.currency,
          income,
          expense,
          net: income - expense,
          count: sum.count + 1,
        });
      }
      return { totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
    },
    async findIdempotencyRecord(owner, key, nowSeconds) {
      const record = records.get(`${owner}\n${key}`);
      return record && record.expiresAt > nowSeconds ? record : undefined;
    },
  };
}
