import { isApiErrorCode } from '../../../contract/api-error-code';
import type { FieldError } from '../../../contract/transaction';
import { ApiResponseError, UnexpectedResponseError } from './http-errors';

const isJson = (contentType: string | null) =>
  /^application\/([\w.+-]*\+)?json\b/i.test(contentType ?? '');

/**
 * Reads an API answer: the JSON body of a 2xx, nothing for a 204, and a typed error for
 * everything else, including answers that are not the API's JSON (never taken as data).
 */
export async function readApiResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const contentType = response.headers.get('content-type');
  if (!isJson(contentType)) {
    throw new UnexpectedResponseError(
      response.status,
      contentType?.includes('html') ? 'a web page' : 'something other than JSON',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new UnexpectedResponseError(response.status, 'malformed JSON');
  }
  if (response.ok) return body as T;
  const error = (body as { error?: unknown } | null)?.error;
  if (isErrorBody(error)) {
    // A code this build does not know (a newer API) is named by its status, like the gateway's.
    const code = isApiErrorCode(error.code) ? error.code : (`http_${response.status}` as const);
    throw new ApiResponseError(response.status, { ...error, code });
  }
  // The gateway's own answers: {"message":"Unauthorized"} and friends. Without one, the status
  // alone is the message: the same in every language, under the title in the chosen one.
  const message = (body as { message?: unknown } | null)?.message;
  throw new ApiResponseError(response.status, {
    code: `http_${response.status}`,
    message: typeof message === 'string' ? message : `HTTP ${response.status}`,
  });
}

function isErrorBody(value: unknown): value is {
  code: string;
  message: string;
  details?: readonly FieldError[];
  requestId?: string;
} {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, details } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof message === 'string' &&
    (details === undefined ||
      (Array.isArray(details) &&
        details.every(
          (d) =>
            typeof d === 'object' &&
            d !== null &&
            typeof (d as { field?: unknown }).field === 'string' &&
            typeof (d as { message?: unknown }).message === 'string',
        )))
  );
}
