import type { FieldError } from '../../../contract/transaction';
import { ApiResponseError, HttpClientError } from '../http/http-errors';

/** A failure as the UI shows it. */
export interface UiError {
  readonly title: string;
  readonly message: string;
  /** Worth offering "Try again" for (the same request may well succeed). */
  readonly retryable: boolean;
  readonly fieldErrors: readonly FieldError[];
  /** Quotable reference for support, when the server gave one. */
  readonly requestId?: string;
}

const generic: UiError = {
  title: 'Something went wrong',
  message: 'An unexpected error happened. Try again, and reload the page if it keeps happening.',
  retryable: true,
  fieldErrors: [],
};

const apiTitles: Record<string, string> = {
  validation_failed: 'Some fields need attention',
  not_found: 'Not found',
  version_conflict: 'Changed elsewhere',
  forbidden: 'Not allowed',
  payload_too_large: 'Too much data',
};

/** The one place any thrown value becomes something a person can read. */
export function normalizeError(error: unknown): UiError {
  if (error instanceof ApiResponseError) {
    const requestId = error.requestId;
    return {
      title:
        apiTitles[error.apiCode] ??
        (error.status >= 500 ? 'The server had a problem' : 'The request was refused'),
      message: error.message,
      retryable: error.status >= 500 || error.status === 429,
      fieldErrors: error.details,
      ...(requestId ? { requestId } : {}),
    };
  }
  if (error instanceof HttpClientError) {
    const titles: Record<HttpClientError['code'], string> = {
      api_error: 'The request was refused',
      timeout: 'No answer in time',
      network: 'Could not connect',
      unexpected_response: 'Unexpected answer from the server',
      sign_in_required: 'Signing you in again',
    };
    return {
      title: titles[error.code],
      message: error.message,
      retryable: error.code !== 'sign_in_required',
      fieldErrors: [],
    };
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { ...generic, title: 'Cancelled', message: 'The request was cancelled.' };
  }
  return generic;
}
