import { describe, expect, it } from 'vitest';
import {
  IdempotencyKeyReusedError,
  IdempotencyKeyTakenError,
  InvalidCursorError,
  TotalLimitExceededError,
  TransactionNotFoundError,
  VersionConflictError,
  WriteConflictError,
} from '../store/store-errors';
import type { TransactionStore } from '../store/transaction-store';
import { createInMemoryTransactionStore } from '../testing/in-memory-transaction-store';
import { buildTestHandler, invokeHandler } from '../testing/test-handler';

/** A store whose list fails with `error`. */
function failingWith(error: Error): TransactionStore {
  return { ...createInMemoryTransactionStore(), list: () => Promise.reject(error) };
}

const answer = (error: Error) =>
  invokeHandler(buildTestHandler({ store: failingWith(error) }), {
    method: 'GET',
    resource: '/transactions',
  });

describe('store error responses', () => {
  it.each([
    [
      new TransactionNotFoundError('01HX0000000000000000000001'),
      404,
      'not_found',
      'No transaction with this id.',
    ],
    [
      new VersionConflictError('01HX0000000000000000000001', 1),
      409,
      'version_conflict',
      'This transaction was changed since you loaded it; reload it and apply your edit again.',
    ],
    [
      new WriteConflictError(8),
      409,
      'transaction_conflict',
      'Other changes to your data were being saved at the same moment; try again.',
    ],
    [
      new TotalLimitExceededError('EUR'),
      422,
      'total_limit_exceeded',
      'This would take your total for the currency beyond what can be kept exactly.',
    ],
    [
      new InvalidCursorError(),
      400,
      'invalid_cursor',
      'The cursor is not valid; start again from page one.',
    ],
    [
      new IdempotencyKeyReusedError(),
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request body.',
    ],
  ])('answers %s with %i %s', async (error, status, code, message) => {
    const result = await answer(error);
    expect(result.statusCode).toBe(status);
    expect(result.json).toEqual({ error: { code, message } });
  });

  it('answers an IdempotencyKeyTakenError that escapes the create route with a generic 500', async () => {
    const result = await answer(new IdempotencyKeyTakenError());
    expect(result.statusCode).toBe(500);
    expect(result.json).toMatchObject({ error: { code: 'internal_error' } });
  });
});
