import { describe, expect, it } from 'vitest';
import { encodeProxyBody, formatRequestTime, groupHeaders } from './build-proxy-event';

describe('groupHeaders', () => {
  it('keeps the sent spelling, the last value in headers and every value in multiValueHeaders', () => {
    expect(groupHeaders(['Content-Type', 'application/json', 'X-A', '1', 'x-a', '2'])).toEqual({
      headers: { 'Content-Type': 'application/json', 'X-A': '2' },
      multiValueHeaders: { 'Content-Type': ['application/json'], 'X-A': ['1', '2'] },
    });
  });

  it('keeps a __proto__ header as a plain key', () => {
    const { headers } = groupHeaders(['__proto__', 'x']);
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(Object.keys(headers)).toEqual(['__proto__']);
  });
});

describe('formatRequestTime', () => {
  it('renders API Gateway request time', () => {
    expect(formatRequestTime(Date.UTC(2015, 3, 9, 12, 34, 56))).toBe('09/Apr/2015:12:34:56 +0000');
  });
});

describe('encodeProxyBody', () => {
  it('passes valid UTF-8 as a string', () => {
    expect(encodeProxyBody(Buffer.from('{"d":"é😀"}'))).toEqual({
      body: '{"d":"é😀"}',
      isBase64Encoded: false,
    });
  });

  it('passes invalid UTF-8 as the sent bytes in base64', () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xff, 0xfe]);
    expect(encodeProxyBody(bytes)).toEqual({
      body: bytes.toString('base64'),
      isBase64Encoded: true,
    });
  });

  it('passes no body as null', () => {
    expect(encodeProxyBody(Buffer.alloc(0))).toEqual({ body: null, isBase64Encoded: false });
  });
});
