import { describe, expect, it } from 'vitest';
import { formatRequestTime, groupHeaders } from './build-proxy-event';

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
