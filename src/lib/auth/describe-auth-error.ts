import type { UiError } from '../errors/normalize-error';

/** The OAuth error codes a callback may carry (RFC 6749 §4.1.2.1) plus Cognito's. */
const oauthMessages: Record<string, string> = {
  access_denied: 'Sign-in was cancelled or refused.',
  invalid_request: 'The sign-in request was not accepted.',
  unauthorized_client: 'This app is not allowed to sign in that way.',
  invalid_scope: 'The app asked for permissions the sign-in service does not allow.',
  server_error: 'The sign-in service had a problem.',
  temporarily_unavailable: 'The sign-in service is busy. Wait a moment.',
  invalid_grant: 'The sign-in code was already used or has expired.',
};

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Describes a failed sign-in callback or renewal (react-oidc-context's ErrorContext, whose
 * `innerError` is oidc-client-ts's ErrorResponse or a plain Error). Text from the URL is
 * shown only as text and only for known codes, so a crafted link cannot put words in our mouth.
 */
export function describeAuthError(error: unknown): UiError {
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
    return {
      ...base,
      title: 'Could not reach the sign-in service',
      message: 'Check your connection and try again.',
    };
  }
  return {
    ...base,
    title: "We couldn't finish signing you in",
    message: 'The sign-in response could not be verified.',
  };
}
