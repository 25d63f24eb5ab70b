// The SigV4 canonical request and string to sign as the server rebuilds them from what arrived,
// with the rules for execute-api (a non-S3 service): the path as sent, encoded once more (so
// `%2F` signs as `%252F`), the query decoded, RFC 3986-encoded and sorted, the signed headers'
// values trimmed and joined, and the payload's SHA-256. Facts: ../shared/reference §3.1.
import { createHash, createHmac } from 'node:crypto';
import { headerValues } from '../../gateway/gateway-authorizer';

export interface SignedRequest {
  readonly method: string;
  /** The full path as sent, stage included, not decoded. */
  readonly rawPath: string;
  /** `?…` as sent, or ''. */
  readonly search: string;
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

const rfc3986 = (encoded: string): string =>
  encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const encode = (value: string): string => rfc3986(encodeURIComponent(value));

export const sha256Hex = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/** `/local/a%2Fb` → `/local/a%252Fb`: each segment of the path as sent is URI-encoded again. */
export function canonicalUri(rawPath: string): string {
  const collapsed = rawPath.replace(/\/+/g, '/');
  return rfc3986(encodeURIComponent(collapsed).replace(/%2F/g, '/'));
}

/** Query parameters decoded as a form (`+` is a space), re-encoded, sorted by name then value. */
export function canonicalQuery(search: string): string {
  const pairs = [...new URLSearchParams(search)]
    .filter(([name]) => name !== '')
    .map(([name, value]) => [encode(name), encode(value)] as const);
  pairs.sort(([n1, v1], [n2, v2]) => (n1 < n2 ? -1 : n1 > n2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** `name:value\n` for each signed header; a signed header that was not sent signs as empty. */
function canonicalHeaders(rawHeaders: readonly string[], signed: readonly string[]): string {
  return signed
    .map((name) => {
      const value = headerValues(rawHeaders, name)
        .map((v) => v.trim().replace(/\s+/g, ' '))
        .join(',');
      return `${name}:${value}\n`;
    })
    .join('');
}

export function canonicalRequest(request: SignedRequest, signedHeaders: readonly string[]): string {
  return [
    request.method,
    canonicalUri(request.rawPath),
    canonicalQuery(request.search.startsWith('?') ? request.search.slice(1) : request.search),
    canonicalHeaders(request.rawHeaders, signedHeaders),
    signedHeaders.join(';'),
    sha256Hex(request.body),
  ].join('\n');
}

export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
}

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest();

/** hex HMAC-SHA256 of the string to sign, with the key derived from the secret and the scope. */
export function signatureFor(
  secretKey: string,
  scope: { date: string; region: string; service: string },
  toSign: string,
): string {
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secretKey}`, scope.date), scope.region), scope.service),
    'aws4_request',
  );
  return createHmac('sha256', key).update(toSign).digest('hex');
}
