// Reads a request body up to API Gateway's payload limit, refusing early (declared length) or as
// soon as the streamed bytes pass the limit, so an oversized body is never held in memory.
import type { IncomingMessage } from 'node:http';

/** API Gateway REST payload quota: 10 MB. */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export type BodyRead =
  | { readonly kind: 'body'; readonly bytes: Buffer }
  | { readonly kind: 'too-large' }
  /** The first `keep` bytes of a longer body; the rest was not read. */
  | { readonly kind: 'cut'; readonly bytes: Buffer };

/** True when the request declares a Content-Length over `maxBytes`. */
export function declaresTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > maxBytes;
}

/**
 * Collects the body; resolves `too-large` (and stops reading) once more than `maxBytes` arrive.
 * With `keep` (< maxBytes), a body longer than `keep` bytes resolves `cut` with its first
 * `keep + 1` bytes as soon as they arrive, and the rest is never read.
 */
export function readRequestBody(
  req: IncomingMessage,
  maxBytes: number,
  keep = maxBytes,
): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes && keep >= maxBytes) {
        cleanup();
        chunks.length = 0;
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
      if (size > keep && keep < maxBytes) {
        cleanup();
        resolve({ kind: 'cut', bytes: Buffer.concat(chunks, size).subarray(0, keep + 1) });
      }
    };
    const onEnd = (): void => {
      cleanup();
      resolve({ kind: 'body', bytes: Buffer.concat(chunks, size) });
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
