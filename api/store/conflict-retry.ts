// DynamoDB cancels a TransactWriteItems that races another transaction on the same item
// (reason `TransactionConflict`); hot items such as a currency total make this routine under
// parallel writes. The whole read-decide-write step is retried a bounded number of times
// with full-jitter backoff, then the caller gets a WriteConflictError (the client may retry).

import { WriteConflictError } from './store-errors';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 10,
  maxDelayMs: 250,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Thrown inside a step to ask for another attempt (the state moved under it). */
export class RetryableConflict extends Error {
  override readonly name = 'RetryableConflict';
}

interface CancellationReason {
  readonly Code?: string;
}

/** Cancellation reason codes of a TransactionCanceledException, in TransactItems order. */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: readonly CancellationReason[] })
    .CancellationReasons;
  return (reasons ?? []).map((reason) => reason.Code ?? 'None');
}

function isTransientConflict(error: unknown): boolean {
  if (error instanceof RetryableConflict) return true;
  if (error instanceof Error && error.name === 'TransactionConflictException') return true;
  const codes = cancellationCodes(error);
  return (
    codes !== undefined &&
    codes.includes('TransactionConflict') &&
    !codes.includes('ConditionalCheckFailed')
  );
}

/** Runs `step`, re-running it on transient conflicts up to the policy's bound. */
export async function withConflictRetry<T>(
  step: () => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= policy.maxAttempts) throw new WriteConflictError(attempt);
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      await policy.sleep(Math.floor(policy.random() * cap));
    }
  }
}
