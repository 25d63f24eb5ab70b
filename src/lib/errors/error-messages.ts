import type { ApiErrorCode, GatewayErrorCode } from '../../../contract/api-error-code';
import type { HttpClientErrorCode } from '../http/http-errors';
import type { SignInErrorCode } from './sign-in-error';

// Every user-facing title in one place, keyed by the stable codes: a code added to
// contract/api-error-code.ts (or the client's own) fails typecheck until it has words here.

/** Titles for the API's own codes; the API's message goes beneath. */
export const apiErrorTitles: Record<ApiErrorCode, string> = {
  validation_failed: 'Some fields need attention',
  invalid_json: 'The request was refused',
  invalid_query: 'The request was refused',
  invalid_cursor: 'The list changed',
  invalid_idempotency_key: 'The request was refused',
  unauthorized: 'Signing you in again',
  forbidden: 'Not allowed',
  insufficient_scope: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'The request was refused',
  version_conflict: 'Changed elsewhere',
  transaction_conflict: 'Changed elsewhere',
  idempotency_key_reused: 'Already sent with other values',
  total_limit_exceeded: 'Total too large',
  payload_too_large: 'Too much data',
  unsupported_media_type: 'The request was refused',
  internal_error: 'The server had a problem',
};

/** Titles for API Gateway's own answers, which carry only a message. */
export const gatewayErrorTitles: Record<GatewayErrorCode, string> = {
  http_401: 'Signing you in again',
  http_403: 'Not allowed',
  http_413: 'Too much data',
  http_431: 'The request was refused',
  // A failing Lambda authorizer (apiAuth lambda).
  http_500: 'The server had a problem',
  http_502: 'The server had a problem',
  http_504: 'No answer in time',
};

export const clientErrorTitles: Record<HttpClientErrorCode, string> = {
  api_error: 'The request was refused',
  timeout: 'No answer in time',
  network: 'Could not connect',
  unexpected_response: 'Unexpected answer from the server',
  sign_in_required: 'Signing you in again',
  credentials_refused: 'Access to your data was refused',
};

/** The OAuth error codes a callback may carry (RFC 6749 §4.1.2.1) plus Cognito's. */
export const oauthMessages: Readonly<Record<string, string>> = {
  access_denied: 'Sign-in was cancelled or refused.',
  invalid_request: 'The sign-in request was not accepted.',
  unauthorized_client: 'This app is not allowed to sign in that way.',
  invalid_scope: 'The app asked for permissions the sign-in service does not allow.',
  server_error: 'The sign-in service had a problem.',
  temporarily_unavailable: 'The sign-in service is busy. Wait a moment.',
  invalid_grant: 'The sign-in code was already used or has expired.',
};

export const signInMessages: Record<SignInErrorCode, { title: string; message: string }> = {
  unreachable: {
    title: 'Could not reach the sign-in service',
    message: 'Check your connection and try again.',
  },
  incomplete_response: {
    title: "We couldn't sign you in",
    message: 'The sign-in response is incomplete (it has no state). Start again from this app.',
  },
  refused_after_sign_in: {
    title: 'Your sign-in was not accepted',
    message:
      'You signed in a moment ago, but the server still refuses your session. Try again, or come back later if it keeps happening.',
  },
};
