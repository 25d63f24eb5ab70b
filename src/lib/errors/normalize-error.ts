import { ApiResponseError, HttpClientError } from '../http/http-errors';
import {
  apiErrorTitles,
  clientErrorTitles,
  gatewayErrorTitles,
  oauthMessages,
  signInMessages,
} from './error-messages';
import { SignInError } from './sign-in-error';
import type { UiError } from './ui-error';

export type { UiError } from './ui-error';

/** What was going on when it failed: an API request, or a sign-in, callback or renewal. */
export type ErrorContext = 'request' | 'sign-in';

const generic: UiError = {
  title: 'Something went wrong',
  message: 'An unexpected error happened. Try again, and reload the page if it keeps happening.',
  retryable: true,
  fieldErrors: [],
};

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function titleOf(error: ApiResponseError): string {
  const code = error.apiCode;
  const known =
    code in apiErrorTitles
      ? apiErrorTitles[code as keyof typeof apiErrorTitles]
      : gatewayErrorTitles[code as keyof typeof gatewayErrorTitles];
  return known ?? (error.status >= 500 ? 'The server had a problem' : 'The request was refused');
}

/**
 * Describes a failed sign-in, callback or renewal (react-oidc-context's ErrorContext, whose
 * `innerError` is oidc-client-ts's ErrorResponse or a plain Error). Text from the URL is
 * shown only as text and only for known codes, so a crafted link cannot put words in our mouth.
 */
function describeSignInFailure(error: unknown): UiError {
  const inner = field(error, 'innerError') ?? error;
  const oauthCode = field(inner, 'error');
  const message = String(field(inner, 'message') ?? field(error, 'message') ?? '');
  const base = { retryable: true, fieldErrors: [] };
  if (typeof oauthCode === 'string') {
    return {
      ...base,
      title: "We couldn't sign you in",
      message: oauthMessages[oauthCode] ?? 'The sign-in service returned an error.',
    };
  }
  if (/no matching state|no state in response/i.test(message)) {
    return {
      ...base,
      title: 'This sign-in has already finished or expired',
      message:
        'The sign-in link was used already, came from another browser or tab, or is too old.',
    };
  }
  if (/fetch|network|timed? ?out|load failed/i.test(message)) {
    return { ...base, ...signInMessages.unreachable };
  }
  return {
    ...base,
    title: "We couldn't finish signing you in",
    message: 'The sign-in response could not be verified.',
  };
}

/** The one place any thrown or reported failure becomes something a person can read. */
export function normalizeError(error: unknown, context: ErrorContext = 'request'): UiError {
  if (error instanceof SignInError) {
    return { ...signInMessages[error.code], retryable: true, fieldErrors: [] };
  }
  if (error instanceof ApiResponseError) {
    const requestId = error.requestId;
    return {
      title: titleOf(error),
      message: error.message,
      retryable: error.status >= 500 || error.status === 429,
      fieldErrors: error.details,
      ...(requestId ? { requestId } : {}),
    };
  }
  if (error instanceof HttpClientError) {
    return {
      title: clientErrorTitles[error.code],
      message: error.message,
      retryable: error.code !== 'sign_in_required',
      fieldErrors: [],
    };
  }
  if (context === 'sign-in') return describeSignInFailure(error);
  if (error instanceof DOMException && error.name === 'AbortError') {
    return { ...generic, title: 'Cancelled', message: 'The request was cancelled.' };
  }
  return generic;
}
