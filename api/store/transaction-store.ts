// What the routes need from storage. The DynamoDB implementation lives next to it; tests of
// the handler can pass another. Every method is scoped to one owner (the caller's `sub`):
// there is no way to name another user's data through this interface.

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
  /** Newest date first, ties newest created first. Throws 400 on a bad or foreign cursor. */
  list(owner: string, limit: number, cursor?: string): Promise<TransactionPage>;
  get(owner: string, id: string): Promise<Transaction | undefined>;
  /**
   * Stores a new transaction, its currency total and, when given, the idempotency record in
   * one transaction. Throws IdempotencyKeyTakenError when the key was stored meanwhile.
   */
  create(owner: string, transaction: Transaction, idempotency?: IdempotencyWrite): Promise<void>;
  /** Replaces the editable fields if `version` matches; throws 404 / 409. */
  replace(
    owner: string,
    id: string,
    replacement: TransactionReplacement,
    updatedAt: string,
  ): Promise<Transaction>;
  /** Deletes and updates totals; throws 404 when absent. */
  remove(owner: string, id: string): Promise<void>;
  summary(owner: string): Promise<TransactionSummary>;
  /** The live (unexpired at `nowSeconds`) record for `key`, if any. */
  findIdempotencyRecord(
    owner: string,
    key: string,
    nowSeconds: number,
  ): Promise<IdempotencyRecord | undefined>;
}

/** Another request with the same idempotency key committed first. */
export class IdempotencyKeyTakenError extends Error {
  override readonly name = 'IdempotencyKeyTakenError';
  constructor() {
    super('Idempotency key stored by a concurrent request');
  }
}
