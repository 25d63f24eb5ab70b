import { describe, expect, it } from 'vitest';
import { toSafeReturnPath } from './return-to';

describe('toSafeReturnPath', () => {
  it.each([
    ['/transactions', '/transactions'],
    ['/profile?tab=1#top', '/profile?tab=1#top'],
    ['/transactions/../profile', '/profile'],
    ['/transactions/%2e%2e/profile', '/profile'],
    ['/./transactions', '/transactions'],
    ['/transactions?next=%2F%2Fevil.example', '/transactions?next=%2F%2Fevil.example'],
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
    '/'.padEnd(2049, '/'),
    // Dot segments that normalise to a protocol-relative `//host` (issue 11, item 8).
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example',
    '/%2E//evil.example',
    '/%2e%2e//evil.example',
    '/a/..//evil.example',
    '/a/%2e%2e//evil.example',
    '/a/b/../..//evil.example',
    '/.//evil.example/transactions?x=1#y',
    '/./\\evil.example',
    '/.\\evil.example',
    // Backslashes, which the URL parser reads as slashes.
    '/a\\..\\..\\evil.example',
    // Tabs and newlines, which the URL parser drops.
    '/\t/evil.example',
    '/\n/evil.example',
    '/.\r//evil.example',
    '/\u0000/evil.example',
    // Encoded separators.
    '/%2f/evil.example',
    '/%2F%2Fevil.example',
    '/%5cevil.example',
    '/.%2f/evil.example',
    '/callback/../callback?code=x',
    '/%2e/callback?code=x',
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
