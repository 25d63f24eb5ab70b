// The API's error tree. Only these cross the boundary to a client, as
// `{ "error": { "code", "message", "details"? } }`; anything else becomes a generic 500.
// Codes are stable: the SPA branches on them, messages are for people and may change.

import type { ApiErrorCode } from '../../contract/api-error-code';
import type { FieldError } from '../../contract/transaction';

export type { ApiErrorCode };

export class HttpError extends Error {
  override readonly name: string = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: readonly FieldError[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** 400: the request is malformed (bad JSON, query, cursor or header). */
export class BadRequestError extends HttpError {
  override readonly name = 'BadRequestError';
  constructor(code: ApiErrorCode, message: string, details?: readonly FieldError[]) {
    super(400, code, message, details);
  }
}

/** 400 with one entry per field that failed validation. */
export class ValidationError extends HttpError {
  override readonly name = 'ValidationError';
  constructor(details: readonly FieldError[]) {
    super(400, 'validation_failed', 'Some fields are missing or invalid.', details);
  }
}

/** 401: no usable identity; the client should renew its token or sign in again. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';
  constructor(message = 'Sign in again to continue.') {
    super(401, 'unauthorized', message);
  }
}

/** 403: an authentic identity this API refuses; renewing the token will not help. */
export class ForbiddenError extends HttpError {
  override readonly name = 'ForbiddenError';
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

/**
 * 403 `insufficient_scope` (RFC 6750's name): an access token without the scope this route needs
 * (apiToken `access`). A renewal keeps the granted scopes, so it will not help either.
 */
export class InsufficientScopeError extends HttpError {
  override readonly name = 'InsufficientScopeError';
  constructor(scopes: readonly string[]) {
    super(403, 'insufficient_scope', `This token does not carry the scope ${scopes.join(' or ')}.`);
  }
}

/** 404: no such resource; for transactions, see routes/store-error-responses.ts. */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError';
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

export class MethodNotAllowedError extends HttpError {
  override readonly name = 'MethodNotAllowedError';
  constructor(allowed: readonly string[]) {
    super(405, 'method_not_allowed', 'This method is not supported on this resource.', undefined, {
      Allow: allowed.join(', '),
    });
  }
}

/** 409: the stored state moved on (stale version, or contention that outlasted retries). */
export class ConflictError extends HttpError {
  override readonly name = 'ConflictError';
  constructor(code: 'version_conflict' | 'transaction_conflict', message: string) {
    super(409, code, message);
  }
}

export class PayloadTooLargeError extends HttpError {
  override readonly name = 'PayloadTooLargeError';
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `The request body must be at most ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor() {
    super(
      415,
      'unsupported_media_type',
      'Send the body as JSON with "Content-Type: application/json".',
    );
  }
}

/** 422: well-formed, but cannot be done (reused idempotency key, totals ceiling). */
export class UnprocessableError extends HttpError {
  override readonly name = 'UnprocessableError';
  constructor(code: 'idempotency_key_reused' | 'total_limit_exceeded', message: string) {
    super(422, code, message);
  }
}
