// What the routes need from storage. The DynamoDB implementation lives next to it, the
// in-memory one in api/testing/; transaction-store.contract.ts holds both to the same
// behaviour. Every method is scoped to one owner (the caller's `sub`): there is no way to name
// another user's data through this interface. Failures are the domain errors of
// store-errors.ts; the routes decide what HTTP answer each becomes.

import type {
  CurrencyTotal,
  Transaction,
  TransactionFilters,
  TransactionPage,
  TransactionReplacement,
  TransactionSummary,
} from '../../contract/transaction';

/** A stored answer to an idempotent create, replayed for a retry with the same key. */
export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly status: number;
  readonly body: string;
}

/** Written atomically with the created item. */
export interface IdempotencyWrite extends IdempotencyRecord {
  readonly key: string;
  /** Epoch seconds of the write. */
  readonly storedAt: number;
  /** Epoch seconds after which the record is ignored (and DynamoDB's TTL deletes it). */
  readonly expiresAt: number;
}

/** A date range, both ends inclusive, either end open. */
export type DateRange = Pick<TransactionFilters, 'from' | 'to'>;

/** A month range (`YYYY-MM`), both ends inclusive, either end open. */
export interface MonthRange {
  readonly fromMonth?: string;
  readonly toMonth?: string;
}

/** One month's totals in one currency. */
export interface MonthTotal extends CurrencyTotal {
  /** `YYYY-MM` */
  readonly month: string;
}

/** What items a range read found; `complete: false` when there were more than it may read. */
export interface ItemsInRange {
  readonly items: readonly Transaction[];
  readonly complete: boolean;
}

/**
 * How much one filtered list request may read: at most `maxReads` reads (DynamoDB Queries), each
 * examining at most `itemsPerRead` items. A page that hits the bound ends early with a cursor.
 */
export interface ListReadBudget {
  readonly maxReads: number;
  readonly itemsPerRead: number;
}

/** 10 × 250: at most 2,500 items examined per filtered page (documented in docs/api.md). */
export const defaultListReadBudget: ListReadBudget = { maxReads: 10, itemsPerRead: 250 };

export interface TransactionStore {
  /**
   * Newest date first, ties newest created first; only items matching every filter. At most
   * `limit` items, and never fewer while more matches exist unless the read budget ran out (then
   * a cursor continues where reading stopped). InvalidCursorError on a bad or foreign cursor, or
   * one outside the filters' date range.
   */
  list(
    owner: string,
    limit: number,
    cursor?: string,
    filters?: TransactionFilters,
  ): Promise<TransactionPage>;
  get(owner: string, id: string): Promise<Transaction | undefined>;
  /**
   * Stores a new transaction, its currency total and, when given, the idempotency record in
   * one transaction. IdempotencyKeyTakenError when a live record holds the key,
   * TotalLimitExceededError when the currency's total would pass MAX_SAFE_INTEGER; either
   * way nothing is written.
   */
  create(owner: string, transaction: Transaction, idempotency?: IdempotencyWrite): Promise<void>;
  /**
   * Replaces the editable fields if `replacement.version` is the stored one (see
   * apply-replacement.ts). TransactionNotFoundError, VersionConflictError,
   * TotalLimitExceededError.
   */
  replace(
    owner: string,
    id: string,
    replacement: TransactionReplacement,
    updatedAt: string,
  ): Promise<Transaction>;
  /** Deletes and updates totals; TransactionNotFoundError when absent. */
  remove(owner: string, id: string): Promise<void>;
  /** Totals per currency that has transactions, sorted by currency code. */
  summary(owner: string): Promise<Pick<TransactionSummary, 'totals'>>;
  /** Month totals with a transaction in them, sorted by month then currency. */
  monthTotals(owner: string, range: MonthRange): Promise<readonly MonthTotal[]>;
  /** The transactions dated in `range`, newest first; at most `max` (else `complete: false`). */
  itemsInRange(owner: string, range: DateRange, max: number): Promise<ItemsInRange>;
  /** The live (unexpired at `nowSeconds`) record for `key`, if any. */
  findIdempotencyRecord(
    owner: string,
    key: string,
    nowSeconds: number,
  ): Promise<IdempotencyRecord | undefined>;
}
