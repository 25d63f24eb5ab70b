import { describe, expect, it } from 'vitest';
import type { RetryPolicy } from './conflict-retry';
import { RetryableConflict, cancellationCodes, withConflictRetry } from './conflict-retry';
import { WriteConflictError } from './store-errors';
import { transactionCanceled as cancelled } from '../testing/transaction-canceled';

function policy(delays: number[]): RetryPolicy {
  return {
    maxAttempts: 4,
    baseDelayMs: 10,
    maxDelayMs: 50,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.999,
  };
}

function failing(errors: unknown[]) {
  let calls = 0;
  const step = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'done';
  };
  return { step, calls: () => calls };
}

describe('withConflictRetry', () => {
  it.each([
    ['a TransactionConflict cancellation', cancelled('None', 'TransactionConflict')],
    [
      'a TransactionConflictException',
      Object.assign(new Error('x'), { name: 'TransactionConflictException' }),
    ],
    ['a RetryableConflict', new RetryableConflict()],
  ])('retries %s and returns the later success', async (_label, error) => {
    const delays: number[] = [];
    const run = failing([error, error]);
    await expect(withConflictRetry(run.step, policy(delays))).resolves.toBe('done');
    expect(run.calls()).toBe(3);
    // Full jitter under a doubling cap: 20 ms, then 40 ms (capped at 50).
    expect(delays).toEqual([19, 39]);
  });

  // The 409 transaction_conflict it becomes is pinned in store-error-responses.test.ts.
  it('gives up after maxAttempts with a WriteConflictError', async () => {
    const run = failing(Array.from({ length: 10 }, () => cancelled('TransactionConflict')));
    const error = await withConflictRetry(run.step, policy([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteConflictError);
    expect(error).toMatchObject({ kind: 'write-conflict', attempts: 4 });
    expect(run.calls()).toBe(4);
  });

  it.each([
    [
      'a condition failure (even alongside a conflict)',
      cancelled('ConditionalCheckFailed', 'TransactionConflict'),
    ],
    ['any other error', new Error('boom')],
  ])('does not retry %s', async (_label, error) => {
    const run = failing([error]);
    await expect(withConflictRetry(run.step, policy([]))).rejects.toBe(error);
    expect(run.calls()).toBe(1);
  });
});

describe('cancellationCodes', () => {
  it('lists reason codes in TransactItems order, None for blanks', () => {
    const error = cancelled('None', 'ConditionalCheckFailed');
    (error as unknown as { CancellationReasons: object[] }).CancellationReasons.push({});
    expect(cancellationCodes(error)).toEqual(['None', 'ConditionalCheckFailed', 'None']);
  });
  it('ignores other errors', () => {
    expect(cancellationCodes(new Error('x'))).toBeUndefined();
  });
});
