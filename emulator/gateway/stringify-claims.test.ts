import { describe, expect, it } from 'vitest';
import { formatJavaDate, stringifyClaims } from './stringify-claims';

describe('formatJavaDate', () => {
  it.each([
    [1544116103, 'Thu Dec 06 17:08:23 UTC 2018'],
    [1513495692, 'Sun Dec 17 07:28:12 UTC 2017'],
    [0, 'Thu Jan 01 00:00:00 UTC 1970'],
    [1709251199, 'Thu Feb 29 23:59:59 UTC 2024'],
  ])('renders %i as %s', (seconds, expected) => {
    expect(formatJavaDate(seconds)).toBe(expected);
  });
});

describe('stringifyClaims', () => {
  it('turns every claim into the string API Gateway sends', () => {
    const claims = stringifyClaims({
      sub: 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4',
      email_verified: true,
      phone_number_verified: false,
      auth_time: 1513492092,
      exp: 1513495692,
      iat: 1513492092,
      'cognito:groups': ['admin', 'staging-manager'],
      token_use: 'id',
    });
    expect(claims).toEqual({
      sub: 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4',
      email_verified: 'true',
      phone_number_verified: 'false',
      auth_time: '1513492092',
      exp: 'Sun Dec 17 07:28:12 UTC 2017',
      iat: 'Sun Dec 17 06:28:12 UTC 2017',
      'cognito:groups': 'admin,staging-manager',
      token_use: 'id',
    });
  });

  it('renders nested objects as JSON and null as an empty string', () => {
    expect(stringifyClaims({ identities: [{ providerName: 'G' }], x: null })).toEqual({
      identities: '{"providerName":"G"}',
      x: '',
    });
  });

  it('keeps a __proto__ claim as a plain key without touching the prototype', () => {
    const payload = JSON.parse('{"__proto__":{"polluted":"yes"},"sub":"u"}') as Record<
      string,
      unknown
    >;
    const claims = stringifyClaims(payload);
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    expect((claims as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(claims)).toEqual(['__proto__', 'sub']);
  });
});
