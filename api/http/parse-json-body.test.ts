import { describe, expect, it } from 'vitest';
import { buildProxyEvent } from '../testing/proxy-event-builder';
import { findDuplicateKey, parseJsonBody } from './parse-json-body';

describe('findDuplicateKey', () => {
  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"a":{"b":1,"c":{"b":2},"b":3}}', 'b'],
    ['[{"x":1},{"y":[{"z":1,"z":2}]}]', 'z'],
    ['{"a\\u0062":1,"ab":2}', 'ab'],
  ])('finds the repeated key in %s', (text, key) => {
    expect(findDuplicateKey(text)).toBe(key);
  });

  it.each([
    '{"a":1,"b":{"a":2}}',
    '[{"a":1},{"a":2}]',
    '{"a":"{\\"a\\":1}","b":"\\\\"}',
    '{"a":["a","a"]}',
    '"just a string"',
  ])('finds none in %s', (text) => {
    expect(findDuplicateKey(text)).toBeUndefined();
  });
});

describe('parseJsonBody', () => {
  const event = (body: string, isBase64Encoded = false) => ({
    ...buildProxyEvent({
      method: 'POST',
      resource: '/transactions',
      body,
      headers: { 'Content-Type': 'application/json' },
    }),
    isBase64Encoded,
  });

  it('decodes a base64 body as strict UTF-8', () => {
    const encoded = Buffer.from('{"d":"é😀"}').toString('base64');
    expect(parseJsonBody(event(encoded, true), 1024)).toEqual({ d: 'é😀' });
  });

  it('refuses invalid UTF-8 bytes with 400', () => {
    const encoded = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]).toString(
      'base64',
    );
    expect(() => parseJsonBody(event(encoded, true), 1024)).toThrow(
      expect.objectContaining({ status: 400, code: 'invalid_json' }),
    );
  });

  it.each([
    ['a raw U+FFFD (what a lenient decoder leaves of invalid bytes)', '{"d":"caf\uFFFD\uFFFD"}'],
    ['an escaped U+FFFD', '{"d":"caf\\ufffd"}'],
  ])('refuses a text body with %s with 400', (_name, body) => {
    expect(() => parseJsonBody(event(body), 1024)).toThrow(
      expect.objectContaining({ status: 400, code: 'invalid_json' }),
    );
  });

  it('measures a base64 body after decoding', () => {
    const encoded = Buffer.from(`{"d":"${'x'.repeat(100)}"}`).toString('base64');
    expect(() => parseJsonBody(event(encoded, true), 100)).toThrow(
      expect.objectContaining({ status: 413 }),
    );
  });

  it('refuses two Content-Type headers with 415', () => {
    const twice = event('{}');
    twice.multiValueHeaders = { 'Content-Type': ['application/json', 'text/plain'] };
    expect(() => parseJsonBody(twice, 1024)).toThrow(expect.objectContaining({ status: 415 }));
  });
});
