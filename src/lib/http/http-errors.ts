import type { ApiErrorCode } from '../../../contract/api-error-code';
import type { FieldError } from '../../../contract/transaction';

/** The API's own code, or `http_{status}` for an answer without one (API Gateway's). */
export type ApiAnswerCode = ApiErrorCode | `http_${number}`;

/** Stable codes callers branch on. */
export type HttpClientErrorCode =
  | 'api_error'
  | 'timeout'
  | 'network'
  | 'unexpected_response'
  | 'sign_in_required'
  | 'credentials_refused';

/**
 * Base of every error the API client throws. Its message is English, for developers; the UI
 * shows the catalogue's words for `code` (normalizeError), unless `fromServer`: then the
 * message is the server's own and is shown as written (ApiResponseError's is, and is shown by
 * its own branch).
 */
export class HttpClientError extends Error {
  readonly code: HttpClientErrorCode;
  // Declared only (no field, no bytes on the first page): subclasses that carry a server's
  // message set it (UserPoolRefusedError).
  declare readonly fromServer?: boolean;
  constructor(code: HttpClientErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'HttpClientError';
    this.code = code;
  }
}

/** The API answered with its own `{ error: { code, message, details } }` body. */
export class ApiResponseError extends HttpClientError {
  readonly status: number;
  /** The API's code, e.g. `validation_failed`, `not_found`, `version_conflict`. */
  readonly apiCode: ApiAnswerCode;
  readonly details: readonly FieldError[];
  readonly requestId: string | undefined;
  constructor(
    status: number,
    body: {
      code: ApiAnswerCode;
      message: string;
      details?: readonly FieldError[];
      requestId?: string;
    },
  ) {
    super('api_error', body.message);
    this.name = 'ApiResponseError';
    this.status = status;
    this.apiCode = body.code;
    this.details = body.details ?? [];
    this.requestId = body.requestId;
  }
}

/** No answer within the time limit. */
export class RequestTimeoutError extends HttpClientError {
  constructor(options?: ErrorOptions) {
    super('timeout', 'The server took too long to answer.', options);
    this.name = 'RequestTimeoutError';
  }
}

/** The request never got an HTTP answer (offline, DNS, CORS refusal). */
export class NetworkError extends HttpClientError {
  constructor(options?: ErrorOptions) {
    super('network', 'Could not reach the server.', options);
    this.name = 'NetworkError';
  }
}

/** An answer that is not the API's JSON (an HTML page from a CDN, a proxy's text error). */
export class UnexpectedResponseError extends HttpClientError {
  readonly status: number;
  constructor(status: number, what: string) {
    super('unexpected_response', `The server sent ${what} (HTTP ${status}) instead of data.`);
    this.name = 'UnexpectedResponseError';
    this.status = status;
  }
}

/** The session could not be renewed; the client has started a new sign-in. */
export class SignInRequiredError extends HttpClientError {
  constructor() {
    super('sign_in_required', 'Your session has ended. Taking you to sign in again.');
    this.name = 'SignInRequiredError';
  }
}

/**
 * The identity pool would not turn the ID token into API credentials (apiAuth `iam`).
 * `loginRefused`: it refused the token itself (NotAuthorizedException: expired, revoked, another
 * pool's), so a renewed session may help; any other type is a configuration problem.
 */
export class CredentialsRefusedError extends HttpClientError {
  readonly status: number;
  /** The identity pool's `__type`, e.g. `NotAuthorizedException`. */
  readonly errorType: string;
  readonly loginRefused: boolean;
  constructor(status: number, errorType: string) {
    super(
      'credentials_refused',
      `The sign-in service would not give access to your data (${errorType}).`,
    );
    this.name = 'CredentialsRefusedError';
    this.status = status;
    this.errorType = errorType;
    this.loginRefused = errorType === 'NotAuthorizedException';
  }
}
