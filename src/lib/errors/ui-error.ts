import type { FieldError } from '../../../contract/transaction';

/** A failure as the UI shows it; only `normalizeError` makes one. */
export interface UiError {
  readonly title: string;
  readonly message: string;
  /** Worth offering "Try again" for (the same request may well succeed). */
  readonly retryable: boolean;
  readonly fieldErrors: readonly FieldError[];
  /** Quotable reference for support, when the server gave one. */
  readonly requestId?: string;
}
