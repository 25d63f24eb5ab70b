// One POST to an AWS JSON API (X-Amz-Target, application/x-amz-json-1.1) as the browser sends
// it here: no cookies, no cache, a deadline; transport failures as the client's typed errors.
// The identity pool exchange and the user attributes client both speak through it.
import { NetworkError, RequestTimeoutError } from './http-errors';

export async function postAwsJson(
  fetchFn: typeof fetch,
  url: string,
  target: string,
  body: object,
  timeoutMs: number,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    return await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target },
      body: JSON.stringify(body),
      signal: timeout,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (timeout.aborted) throw new RequestTimeoutError({ cause: error });
    throw new NetworkError({ cause: error });
  }
}
