import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money';

describe('formatMoney', () => {
  it.each([
    [1234, 'JPY', '¥1,234'],
    [-1234, 'JPY', '-¥1,234'],
    [1234, 'USD', '$12.34'],
    [-5, 'USD', '-$0.05'],
    [1234, 'KWD', 'KWD 1.234'],
    [1, 'KWD', 'KWD 0.001'],
    [900719925474099, 'USD', '$9,007,199,254,740.99'],
  ])('formats %i minor units of %s as %s', (minor, currency, expected) => {
    expect(formatMoney(minor, currency, 'en-US').replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('uses the locale for separators', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE').replace(/\u00a0/g, ' ')).toBe('1.234,56 €');
  });

  it('shows unknown currencies without pretending to know their digits', () => {
    expect(formatMoney(1234, 'XYZ', 'en-US')).toBe('1234 XYZ');
  });
});
