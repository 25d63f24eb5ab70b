// What a TransactionStore can fail with, in the store's own terms: no HTTP status, code or
// user-facing message lives here (api/routes/store-error-responses.ts maps each to one
// answer). Callers branch on `kind` or on the class; anything else a store throws is a bug or
// an outage and becomes a 500.

/** The failures a store reports; one class below for each. */
export type StoreErrorKind =
  | 'transaction-not-found'
  | 'version-conflict'
  | 'write-conflict'
  | 'total-limit-exceeded'
  | 'invalid-cursor'
  | 'idempotency-key-taken'
  | 'idempotency-key-reused'
  | 'summary-too-large';

/** Base of every domain failure of the store. */
export abstract class TransactionStoreError extends Error {
  abstract readonly kind: StoreErrorKind;
}

/**
 * The owner has no transaction with this id (including: another owner has it, or the id is
 * not even well-formed; routes raise it then too, so every case gets the same answer).
 */
export class TransactionNotFoundError extends TransactionStoreError {
  override readonly name = 'TransactionNotFoundError';
  readonly kind = 'transaction-not-found';
  // The id is kept as a field, not in the message: a hostile one may be kilobytes long.
  constructor(readonly id: string) {
    super('No such transaction for this owner');
  }
}

/** A replace named a version that is no longer the stored one. */
export class VersionConflictError extends TransactionStoreError {
  override readonly name = 'VersionConflictError';
  readonly kind = 'version-conflict';
  constructor(
    readonly id: string,
    readonly expected: number,
  ) {
    super(`Transaction ${id} is no longer at version ${expected}`);
  }
}

/** Concurrent writes to the same items kept winning until the retries ran out. */
export class WriteConflictError extends TransactionStoreError {
  override readonly name = 'WriteConflictError';
  readonly kind = 'write-conflict';
  constructor(readonly attempts: number) {
    super(`Write lost to concurrent writes ${attempts} times`);
  }
}

/** A currency total would pass Number.MAX_SAFE_INTEGER, so it could no longer be exact. */
export class TotalLimitExceededError extends TransactionStoreError {
  override readonly name = 'TotalLimitExceededError';
  readonly kind = 'total-limit-exceeded';
  constructor(readonly currency: string) {
    super(`The ${currency} total would exceed Number.MAX_SAFE_INTEGER`);
  }
}

/** A page cursor that this store did not issue to this owner (edited, foreign or garbage). */
export class InvalidCursorError extends TransactionStoreError {
  override readonly name = 'InvalidCursorError';
  readonly kind = 'invalid-cursor';
  constructor() {
    super('Cursor not issued to this owner');
  }
}

/** Another request with the same idempotency key committed first; nothing was written. */
export class IdempotencyKeyTakenError extends TransactionStoreError {
  override readonly name = 'IdempotencyKeyTakenError';
  readonly kind = 'idempotency-key-taken';
  constructor() {
    super('Idempotency key stored by a concurrent request');
  }
}

/** The idempotency key's stored request differs from this one (the route compares hashes). */
export class IdempotencyKeyReusedError extends TransactionStoreError {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly kind = 'idempotency-key-reused';
  constructor() {
    super('Idempotency key already used with another request');
  }
}

/** A summary would have to add up more items than it may read (see summarise-transactions.ts). */
export class SummaryTooLargeError extends TransactionStoreError {
  override readonly name = 'SummaryTooLargeError';
  readonly kind = 'summary-too-large';
  constructor(readonly maxItems: number) {
    super(`The summary would add up more than ${maxItems} transactions`);
  }
}
