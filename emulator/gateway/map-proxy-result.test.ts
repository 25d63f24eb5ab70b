import { describe, expect, it } from 'vitest';
import { mapProxyResult } from './map-proxy-result';

describe('mapProxyResult', () => {
  it('maps status, merged headers and body', () => {
    const mapped = mapProxyResult({
      statusCode: 201,
      headers: { 'Content-Type': 'application/json', 'X-Count': 3 },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'], 'X-Count': [4] },
      body: '{"ok":true}',
    });
    expect(mapped).toEqual({
      kind: 'response',
      response: {
        statusCode: 201,
        headers: {
          'Content-Type': ['application/json'],
          'X-Count': ['3', '4'],
          'Set-Cookie': ['a=1', 'b=2'],
        },
        body: Buffer.from('{"ok":true}'),
      },
    });
  });

  it('decodes a base64 body', () => {
    const mapped = mapProxyResult({ statusCode: 200, body: 'AAEC', isBase64Encoded: true });
    expect(mapped.kind === 'response' && [...mapped.response.body]).toEqual([0, 1, 2]);
  });

  it('accepts a result without a body (204)', () => {
    const mapped = mapProxyResult({ statusCode: 204 });
    expect(mapped.kind === 'response' && mapped.response.body.length).toBe(0);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'ok'],
    ['an array', [200]],
    ['no statusCode', { body: '' }],
    ['statusCode as a string', { statusCode: '200' }],
    ['statusCode out of range', { statusCode: 999 }],
    ['a fractional statusCode', { statusCode: 200.5 }],
    ['an object body', { statusCode: 200, body: { a: 1 } }],
    ['headers as an array', { statusCode: 200, headers: ['a'] }],
    ['a header value object', { statusCode: 200, headers: { a: { b: 1 } } }],
    ['a header with CRLF', { statusCode: 200, headers: { a: 'x\r\nSet-Cookie: evil=1' } }],
    ['a header name with a space', { statusCode: 200, headers: { 'a b': 'x' } }],
    ['multiValueHeaders not arrays', { statusCode: 200, multiValueHeaders: { a: 'x' } }],
    ['isBase64Encoded as a string', { statusCode: 200, isBase64Encoded: 'true' }],
  ])('refuses %s as malformed', (_name, result) => {
    expect(mapProxyResult(result).kind).toBe('malformed');
  });
});
