import { describe, expect, it } from 'vitest';
import { toSafeReturnPath } from './return-to';

describe('toSafeReturnPath', () => {
  it.each([
    ['/transactions', '/transactions'],
    ['/profile?tab=1#top', '/profile?tab=1#top'],
    ['/transactions/../profile', '/profile'],
  ])('keeps the internal path %s', (value, expected) => {
    expect(toSafeReturnPath(value)).toBe(expected);
  });

  it.each([
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '%2F%2Fevil.example',
    '/%09/evil.example'.replace('%09', '\t'),
    'https:evil.example',
    '/callback?code=x&state=y',
    '',
    'transactions',
    '/'.padEnd(3000, 'a'),
  ])('refuses %j and returns the default', (value) => {
    expect(toSafeReturnPath(value)).toBe('/transactions');
  });

  it.each([[undefined], [null], [42], [{ returnTo: '/x' }]])(
    'refuses non-strings (%j)',
    (value) => {
      expect(toSafeReturnPath(value)).toBe('/transactions');
    },
  );

  it('keeps /x#//evil inside the app', () => {
    expect(toSafeReturnPath('/x#//evil')).toBe('/x#//evil');
  });
});
