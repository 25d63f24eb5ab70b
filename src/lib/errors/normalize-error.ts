import { ApiResponseError, HttpClientError } from '../http/http-errors';
import type { ErrorText } from '../../i18n/text-types';
import { SignInError } from './sign-in-error';
import type { UiError } from './ui-error';

export type { UiError } from './ui-error';

/** What was going on when it failed: an API request, or a sign-in, callback or renewal. */
export type ErrorContext = 'request' | 'sign-in';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function titleOf(error: ApiResponseError, text: ErrorText): string {
  const code = error.apiCode;
  const known =
    code in text.apiTitles
      ? text.apiTitles[code as keyof ErrorText['apiTitles']]
      : text.gatewayTitles[code as keyof ErrorText['gatewayTitles']];
  return known ?? (error.status >= 500 ? text.serverProblem : text.refused);
}

/**
 * Describes a failed sign-in, callback or renewal (react-oidc-context's ErrorContext, whose
 * `innerError` is oidc-client-ts's ErrorResponse or a plain Error). Text from the URL is
 * shown only as text and only for known codes, so a crafted link cannot put words in our mouth.
 */
function describeSignInFailure(error: unknown, text: ErrorText): UiError {
  const inner = field(error, 'innerError') ?? error;
  const oauthCode = field(inner, 'error');
  const message = String(field(inner, 'message') ?? field(error, 'message') ?? '');
  const base = { retryable: true, fieldErrors: [] };
  if (typeof oauthCode === 'string') {
    return {
      ...base,
      title: text.signInFailed,
      message: text.oauth[oauthCode] ?? text.signInServiceError,
    };
  }
  if (/no matching state|no state in response/i.test(message)) {
    return { ...base, ...text.signInStale };
  }
  if (/fetch|network|timed? ?out|load failed/i.test(message)) {
    return { ...base, ...text.signIn.unreachable };
  }
  return { ...base, ...text.signInUnverified };
}

/**
 * The one place any thrown or reported failure becomes something a person can read, in the
 * language of `text` (useI18n().text.errors).
 */
export function normalizeError(
  error: unknown,
  text: ErrorText,
  context: ErrorContext = 'request',
): UiError {
  if (error instanceof SignInError) {
    return { ...text.signIn[error.code], retryable: true, fieldErrors: [] };
  }
  if (error instanceof ApiResponseError) {
    const requestId = error.requestId;
    return {
      title: titleOf(error, text),
      message: error.message,
      retryable: error.status >= 500 || error.status === 429,
      fieldErrors: error.details,
      ...(requestId ? { requestId } : {}),
    };
  }
  if (error instanceof HttpClientError) {
    return {
      title: text.clientTitles[error.code],
      message: error.message,
      retryable: error.code !== 'sign_in_required',
      fieldErrors: [],
    };
  }
  if (context === 'sign-in') return describeSignInFailure(error, text);
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { ...text.cancelled, retryable: true, fieldErrors: [] };
  }
  return { ...text.generic, retryable: true, fieldErrors: [] };
}
