// The codes the Transactions API puts in `{ "error": { "code" } }`, as one list both sides
// import: the API's HttpError is typed with it and the SPA keys its messages by it, so a new
// code is a type error until it has a message. `api-error-code.test.ts` checks the list
// against what the API really sends.

export const apiErrorCodes = [
  'validation_failed',
  'invalid_json',
  'invalid_query',
  'invalid_cursor',
  'invalid_idempotency_key',
  'unauthorized',
  'forbidden',
  'insufficient_scope',
  'not_found',
  'method_not_allowed',
  'version_conflict',
  'transaction_conflict',
  'idempotency_key_reused',
  'total_limit_exceeded',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
] as const;

/** A code the API's handler sends; stable, unlike the messages beside it. */
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/**
 * The statuses API Gateway answers by itself, before or instead of the handler, with only
 * `{"message": …}` and no code (Unauthorized, expired token, missing route, body or headers
 * too large, integration failure or timeout). The SPA names them `http_{status}`.
 */
export const gatewayErrorStatuses = [401, 403, 413, 431, 500, 502, 504] as const;

/** How the SPA names a gateway answer that carries no code. */
export type GatewayErrorCode = `http_${(typeof gatewayErrorStatuses)[number]}`;

/** True for a code this API version sends (a newer API may send others). */
export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (apiErrorCodes as readonly string[]).includes(value);
}
