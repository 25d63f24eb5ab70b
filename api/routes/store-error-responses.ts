// The one place where the store's domain failures become HTTP answers. The table is keyed by
// every StoreErrorKind, so a new kind does not compile until it has an answer here. Statuses,
// codes and messages are the API's wire contract: the SPA branches on the codes.

import { transactionLimits } from '../../contract/transaction';
import type { HttpError } from '../errors/http-error';
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  UnprocessableError,
} from '../errors/http-error';
import type { StoreErrorKind } from '../store/store-errors';
import { TransactionStoreError } from '../store/store-errors';

const responses: Readonly<Record<StoreErrorKind, (() => HttpError) | 'unexpected'>> = {
  // The same 404 as a missing id, so another user's transaction never shows it exists.
  'transaction-not-found': () => new NotFoundError('No transaction with this id.'),
  'version-conflict': () =>
    new ConflictError(
      'version_conflict',
      'This transaction was changed since you loaded it; reload it and apply your edit again.',
    ),
  'write-conflict': () =>
    new ConflictError(
      'transaction_conflict',
      'Other changes to your data were being saved at the same moment; try again.',
    ),
  'total-limit-exceeded': () =>
    new UnprocessableError(
      'total_limit_exceeded',
      'This would take your total for the currency beyond what can be kept exactly.',
    ),
  'invalid-cursor': () =>
    new BadRequestError('invalid_cursor', 'The cursor is not valid; start again from page one.'),
  'idempotency-key-reused': () =>
    new UnprocessableError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request body.',
    ),
  'summary-too-large': () =>
    new UnprocessableError(
      'summary_too_large',
      `This summary would add up more than ${transactionLimits.summaryMaxItems} transactions; choose a shorter period.`,
    ),
  // create-transaction answers it by replaying the winner's record; one that escapes means
  // the record vanished under us, which no client can act on: a 500, logged.
  'idempotency-key-taken': 'unexpected',
};

/** The HTTP answer to a store failure, or undefined for anything that must become a 500. */
export function storeErrorResponse(error: unknown): HttpError | undefined {
  if (!(error instanceof TransactionStoreError)) return undefined;
  const response = responses[error.kind];
  return response === 'unexpected' ? undefined : response();
}
