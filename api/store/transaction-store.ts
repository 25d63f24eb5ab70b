// What the routes need from storage. The DynamoDB implementation lives next to it, the
// in-memory one in api/testing/; transaction-store.contract.ts holds both to the same
// behaviour. Every method is scoped to one owner (the caller's `sub`): there is no way to name
// another user's data through this interface. Failures are the domain errors of
// store-errors.ts; the routes decide what HTTP answer each becomes.

import type {
  Transaction,
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

export interface TransactionStore {
  /** Newest date first, ties newest created first. InvalidCursorError on a bad or foreign cursor. */
  list(owner: string, limit: number, cursor?: string): Promise<TransactionPage>;
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
  /** The live (unexpired at `nowSeconds`) record for `key`, if any. */
  findIdempotencyRecord(
    owner: string,
    key: string,
    nowSeconds: number,
  ): Promise<IdempotencyRecord | undefined>;
}
