import { describe, expect, it } from 'vitest';
import { ConfigError } from '../contract/config-error';
import { emailDomain, readSignUpDomains } from './sign-up-domains';

describe('readSignUpDomains', () => {
  it('reads comma lists, trimmed and lower-cased; missing or empty = none', () => {
    expect(
      readSignUpDomains({
        SIGNUP_ALLOWED_DOMAINS: ' Example.com, corp.example ,,',
        SIGNUP_AUTO_CONFIRM_DOMAINS: '',
      }),
    ).toEqual({ allowed: ['example.com', 'corp.example'], autoConfirm: [] });
    expect(readSignUpDomains({})).toEqual({ allowed: [], autoConfirm: [] });
  });

  it.each([
    ['an address instead of a domain', 'ada@example.com'],
    ['a wildcard', '*.example.com'],
    ['a bare name', 'localhost'],
    ['markup', '<script>.com'],
    ['a label too long', `${'a'.repeat(64)}.com`],
  ])('refuses %s, naming the variable', (_what, value) => {
    expect(() => readSignUpDomains({ SIGNUP_ALLOWED_DOMAINS: value })).toThrow(
      /SIGNUP_ALLOWED_DOMAINS must be a comma list of domains/,
    );
  });

  it('lists every problem of both variables at once', () => {
    try {
      readSignUpDomains({ SIGNUP_ALLOWED_DOMAINS: 'a@b.c', SIGNUP_AUTO_CONFIRM_DOMAINS: 'x y' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.path)).toEqual([
        'SIGNUP_ALLOWED_DOMAINS',
        'SIGNUP_AUTO_CONFIRM_DOMAINS',
      ]);
    }
  });

  it('refuses an oversized list without echoing it', () => {
    const huge = 'a.com,'.repeat(1000);
    expect(() => readSignUpDomains({ SIGNUP_AUTO_CONFIRM_DOMAINS: huge })).toThrow(
      'SIGNUP_AUTO_CONFIRM_DOMAINS is longer than 4096 characters.',
    );
  });

  it('takes the domain after the last @', () => {
    expect(emailDomain('"a@b"@Example.COM')).toBe('example.com');
    expect(emailDomain('nobody')).toBe('');
  });
});
