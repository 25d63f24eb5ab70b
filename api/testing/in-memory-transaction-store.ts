// A TransactionStore in memory for unit tests of the handler and routes. It keeps the DynamoDB
// store's contract (owner scoping, versions, totals kept per currency and per month with their
// safe-integer ceiling, idempotency records, cursors, filtered pages read within the same
// budget, the same domain errors), checked by the shared suite in
// api/store/transaction-store.contract.ts; it has none of DynamoDB's concurrency.

import type { Transaction } from '../../contract/transaction';
import { isInDateRange, matchesFilters } from '../../contract/transaction-filters';
import { applyReplacement } from '../store/apply-replacement';
import type { PageKey } from '../store/cursor';
import { decodeCursor, encodeCursor } from '../store/cursor';
import { readFilteredPage } from '../store/filtered-page';
import type { TotalsDelta } from '../store/item-codec';
import { dateKeyOf, ownerKey, transactionKey } from '../store/item-codec';
import {
  IdempotencyKeyTakenError,
  TotalLimitExceededError,
  TransactionNotFoundError,
  VersionConflictError,
} from '../store/store-errors';
import type { CurrencyDelta } from '../store/totals-update';
import { combine, replacementDeltas, totalsKeyOf, transactionDeltas } from '../store/totals-update';
import type {
  IdempotencyWrite,
  ListReadBudget,
  MonthTotal,
  TransactionStore,
} from '../store/transaction-store';
import { defaultListReadBudget } from '../store/transaction-store';

interface OwnerData {
  readonly items: Map<string, Transaction>;
  /** Keyed as the DynamoDB totals items are (totalsKeyOf). */
  readonly totals: Map<string, CurrencyDelta>;
  readonly records: Map<string, IdempotencyWrite>;
}

export interface InMemoryStoreOptions {
  readonly listBudget?: ListReadBudget;
}

const zero: TotalsDelta = { income: 0, expense: 0, count: 0 };
const sortKey = (t: Transaction) => dateKeyOf(t.date, t.id);
const totalOf = ({ currency, delta: { income, expense, count } }: CurrencyDelta) => ({
  currency,
  income,
  expense,
  net: income - expense,
  count,
});

export function createInMemoryTransactionStore(
  options: InMemoryStoreOptions = {},
): TransactionStore {
  const budget = options.listBudget ?? defaultListReadBudget;
  const owners = new Map<string, OwnerData>();
  const of = (owner: string): OwnerData => {
    let data = owners.get(owner);
    if (!data)
      owners.set(owner, (data = { items: new Map(), totals: new Map(), records: new Map() }));
    return data;
  };
  const newestFirst = (owner: string) =>
    [...of(owner).items.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));

  /** The totals after `changes`, refused as a whole as DynamoDB's conditions refuse them. */
  function totalsAfter(
    data: OwnerData,
    changes: readonly CurrencyDelta[],
  ): Map<string, CurrencyDelta> {
    const next = new Map(data.totals);
    for (const change of changes) {
      const key = totalsKeyOf(change);
      const { delta, currency } = change;
      const sum = combine(next.get(key)?.delta ?? zero, delta);
      const over = (added: number, total: number) => added > 0 && total > Number.MAX_SAFE_INTEGER;
      if (over(delta.income, sum.income) || over(delta.expense, sum.expense)) {
        throw new TotalLimitExceededError(currency);
      }
      if (sum.count < 0) throw new Error(`Totals out of step with items (${key})`);
      next.set(key, { ...change, delta: sum });
    }
    return next;
  }

  function commit(data: OwnerData, totals: Map<string, CurrencyDelta>): void {
    data.totals.clear();
    for (const [key, total] of totals) data.totals.set(key, total);
  }

  const pageKeyOf = (owner: string, t: Transaction): PageKey => ({
    pk: ownerKey(owner),
    sk: transactionKey(t.id),
    dateKey: sortKey(t),
  });

  return {
    async list(owner, limit, cursor, filters = {}) {
      const start = cursor === undefined ? undefined : decodeCursor(cursor, owner, filters);
      const inRange = newestFirst(owner).filter((t) => isInDateRange(t.date, filters));
      const filtered = ['category', 'kind', 'q'].some(
        (name) => filters[name as keyof typeof filters] !== undefined,
      );
      const { rows, next } = await readFilteredPage<Transaction>({
        start,
        limit,
        budget,
        filtered,
        keyOf: (t) => pageKeyOf(owner, t),
        // As a Query with Limit and a FilterExpression: examine `examine` items, keep matches.
        async read(from, examine) {
          const after = inRange.filter((t) => from === undefined || sortKey(t) < from.dateKey);
          const examined = after.slice(0, examine);
          const matches = examined.filter((t) => matchesFilters(t, filters));
          const last = examined[examined.length - 1];
          // Like DynamoDB: a read that stopped at its Limit gives a key, even at the very end.
          return examined.length === examine && last
            ? { matches, lastKey: pageKeyOf(owner, last) }
            : { matches };
        },
      });
      return next ? { items: [...rows], nextCursor: encodeCursor(next) } : { items: [...rows] };
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
      const totals = totalsAfter(data, transactionDeltas(transaction, 1));
      // Every check passed: write all of it, as one TransactWriteItems would.
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
      commit(data, totalsAfter(data, transactionDeltas(current, -1)));
      data.items.delete(id);
    },

    async summary(owner) {
      const totals = [...of(owner).totals.values()]
        .filter((total) => total.month === undefined && total.delta.count > 0)
        .map(totalOf)
        .sort((a, b) => (a.currency < b.currency ? -1 : 1));
      return { totals };
    },

    async monthTotals(owner, { fromMonth, toMonth }) {
      return [...of(owner).totals.values()]
        .filter(
          (total): total is CurrencyDelta & { month: string } =>
            total.month !== undefined &&
            total.delta.count > 0 &&
            (fromMonth === undefined || total.month >= fromMonth) &&
            (toMonth === undefined || total.month <= toMonth),
        )
        .map((total): MonthTotal => ({ month: total.month, ...totalOf(total) }))
        .sort((a, b) =>
          a.month === b.month ? (a.currency < b.currency ? -1 : 1) : a.month < b.month ? -1 : 1,
        );
    },

    async itemsInRange(owner, range, max) {
      const items = newestFirst(owner).filter((t) => isInDateRange(t.date, range));
      return { items: items.slice(0, max), complete: items.length <= max };
    },

    async findIdempotencyRecord(owner, key, nowSeconds) {
      const record = of(owner).records.get(key);
      if (!record || record.expiresAt <= nowSeconds) return undefined;
      const { requestHash, status, body } = record;
      return { requestHash, status, body };
    },
  };
}
