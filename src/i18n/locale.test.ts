import { describe, expect, it } from 'vitest';
import { hostedUiLang, intlLocaleFor, pickLocale } from './locale';

describe('pickLocale', () => {
  it('keeps a valid stored choice over the browser languages', () => {
    expect(pickLocale('en', ['ko-KR', 'ko'])).toBe('en');
    expect(pickLocale('ko', ['en-US'])).toBe('ko');
  });

  it('takes the first supported browser language, region or not', () => {
    expect(pickLocale(null, ['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLocale(null, ['fr-FR', 'en-GB', 'ko'])).toBe('en');
    expect(pickLocale(null, ['KO_kr'])).toBe('ko');
  });

  it('ignores stored values that are not a language of the app, and falls back to English', () => {
    expect(pickLocale('<script>', ['ko-KR'])).toBe('ko');
    expect(pickLocale('x'.repeat(10_000), [])).toBe('en');
    expect(pickLocale(null, ['fr', 'de', ''])).toBe('en');
  });
});

describe('intlLocaleFor', () => {
  it("uses the browser's own tag for the chosen language, else its usual region", () => {
    expect(intlLocaleFor('en', ['en-GB', 'ko-KR'])).toBe('en-GB');
    expect(intlLocaleFor('ko', ['en-GB', 'ko-KR'])).toBe('ko-KR');
    expect(intlLocaleFor('ko', ['en-US'])).toBe('ko-KR');
    expect(intlLocaleFor('en', [])).toBe('en-US');
  });

  it('never hands Intl a malformed tag', () => {
    expect(intlLocaleFor('en', ['en-<b>'])).toBe('en-US');
  });
});

describe('hostedUiLang', () => {
  it("sends managed login's own language codes", () => {
    expect(hostedUiLang('ko')).toBe('ko');
    expect(hostedUiLang('en')).toBe('en');
  });
});
