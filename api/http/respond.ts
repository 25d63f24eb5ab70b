// Builds proxy results. With Lambda proxy integration API Gateway passes the function's
// headers through untouched, so CORS and the security headers are the function's job.

import type { APIGatewayProxyResult } from 'aws-lambda';
import type { ApiErrorBody } from '../../contract/transaction';
import type { HttpError } from '../errors/http-error';

/** Headers the SPA may read from responses. */
const exposedHeaders = 'Idempotent-Replayed, X-Request-Id';

/** CORS headers for `origin`: echoed only when allow-listed; `Vary` always, for caches. */
export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin !== undefined && allowedOrigins.includes(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Expose-Headers'] = exposedHeaders;
  }
  return headers;
}

/** A JSON (or empty, for 204) response with no-store caching and nosniff. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): APIGatewayProxyResult {
  return {
    statusCode: status,
    headers: {
      ...(status === 204 ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
    body: status === 204 ? '' : JSON.stringify(body),
  };
}

/** The wire body of a typed error. */
export function errorBody(error: HttpError): ApiErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      // The wire carries each detail's field and words; the validator's problem data stays here.
      ...(error.details && error.details.length > 0
        ? { details: error.details.map(({ field, message }) => ({ field, message })) }
        : {}),
    },
  };
}
