// Turns a proxy event's body into a JSON value, refusing what a lenient parser would let by:
// wrong media type (415), oversized bodies (413), invalid UTF-8, a BOM, trailing garbage and
// duplicate keys (400; duplicates would let two parsers disagree on which value counts).

import type { APIGatewayProxyEvent } from 'aws-lambda';
import {
  BadRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from '../errors/http-error';
import { readHeaderValues } from './read-header';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Parses the event's JSON body within `maxBytes`; throws 400/413/415 HttpErrors. */
export function parseJsonBody(event: APIGatewayProxyEvent, maxBytes: number): unknown {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  // Checked first: a huge body is refused before any more work is spent on it.
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!isJsonMediaType(readHeaderValues(event, 'content-type'))) {
    throw new UnsupportedMediaTypeError();
  }
  let text: string;
  try {
    text = event.isBase64Encoded ? utf8.decode(bytes) : raw;
  } catch {
    throw invalidJson('The body is not valid UTF-8.');
  }
  // U+FFFD is what a lenient decoder (API Gateway's, for a text body) leaves of invalid bytes;
  // refused raw or escaped, since no client of this API has a reason to send it.
  if (text.includes('\uFFFD') || /\\u[fF]{3}[dD]/.test(text)) {
    throw invalidJson('The body is not valid UTF-8 (it holds U+FFFD).');
  }
  if (text.trim() === '') throw invalidJson('The body is empty; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidJson('The body is not valid JSON.');
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) {
    throw invalidJson(`The body repeats the key "${duplicate.slice(0, 40)}".`);
  }
  return value;
}

function invalidJson(message: string): BadRequestError {
  return new BadRequestError('invalid_json', message);
}

/** `application/json`, optionally with `charset=utf-8`; exactly one Content-Type. */
function isJsonMediaType(values: readonly string[]): boolean {
  if (values.length !== 1) return false;
  const [type = '', ...params] = (values[0] ?? '').split(';').map((part) => part.trim());
  if (type.toLowerCase() !== 'application/json') return false;
  return params.every((param) => /^charset="?utf-8"?$/i.test(param));
}

/**
 * Scans JSON text already accepted by JSON.parse and returns the first key repeated
 * within one object. Linear, iterative (no recursion), so deep nesting cannot overflow.
 */
export function findDuplicateKey(text: string): string | undefined {
  const objects: (Set<string> | null)[] = []; // null marks an array level
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = objects[objects.length - 1];
      if (expectingKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        expectingKey = false;
      }
      i = end;
    } else if (ch === '{') {
      objects.push(new Set());
      expectingKey = true;
    } else if (ch === '[') {
      objects.push(null);
    } else if (ch === '}' || ch === ']') {
      objects.pop();
    } else if (ch === ',') {
      expectingKey = objects[objects.length - 1] != null;
    }
  }
  return undefined;
}
