// Validates what the handler returned and turns it into an HTTP response, as API Gateway does for
// a Lambda proxy integration. Anything that is not a well-formed proxy result is "malformed"
// and becomes the gateway's 502.

export interface HttpResponseParts {
  readonly statusCode: number;
  /** Header name → values; multiValueHeaders appended after headers, as API Gateway merges them. */
  readonly headers: Readonly<Record<string, string[]>>;
  readonly body: Buffer;
}

export type ResultMapping =
  | { readonly kind: 'response'; readonly response: HttpResponseParts }
  | { readonly kind: 'malformed'; readonly problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

// Header names and values that Node would refuse to write (or that could split a response).
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SAFE_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Maps a handler result; never throws. */
export function mapProxyResult(result: unknown): ResultMapping {
  const malformed = (problem: string): ResultMapping => ({ kind: 'malformed', problem });
  if (!isRecord(result)) return malformed('result is not an object');
  const { statusCode, headers, multiValueHeaders, body, isBase64Encoded } = result;
  if (
    typeof statusCode !== 'number' ||
    !Number.isInteger(statusCode) ||
    statusCode < 100 ||
    statusCode > 599
  ) {
    return malformed('statusCode is not an HTTP status');
  }
  if (body !== undefined && body !== null && typeof body !== 'string')
    return malformed('body is not a string');
  if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean') {
    return malformed('isBase64Encoded is not a boolean');
  }

  const merged = new Map<string, string[]>();
  const add = (name: string, value: unknown): boolean => {
    if (!TOKEN.test(name) || !isScalar(value) || !SAFE_VALUE.test(String(value))) return false;
    merged.set(name, [...(merged.get(name) ?? []), String(value)]);
    return true;
  };
  if (headers !== undefined && headers !== null) {
    if (!isRecord(headers)) return malformed('headers is not an object');
    for (const [name, value] of Object.entries(headers)) {
      if (!add(name, value)) return malformed(`header ${JSON.stringify(name)} is invalid`);
    }
  }
  if (multiValueHeaders !== undefined && multiValueHeaders !== null) {
    if (!isRecord(multiValueHeaders)) return malformed('multiValueHeaders is not an object');
    for (const [name, values] of Object.entries(multiValueHeaders)) {
      if (!Array.isArray(values) || !values.every((value) => add(name, value))) {
        return malformed(`multiValueHeaders ${JSON.stringify(name)} is invalid`);
      }
    }
  }

  const text = typeof body === 'string' ? body : '';
  return {
    kind: 'response',
    response: {
      statusCode,
      headers: Object.fromEntries(merged),
      body: isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
    },
  };
}
