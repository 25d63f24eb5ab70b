import { describe, expect, it } from 'vitest';
import { currencyCodes, minorUnitDigits } from './iso4217';
import { formatMinorUnits, parseDecimalAmount } from './money';

describe('iso4217 table', () => {
  it.each([
    ['JPY', 0],
    ['ISK', 0],
    ['USD', 2],
    ['EUR', 2],
    ['KWD', 3],
    ['BHD', 3],
  ])('gives %s %i minor-unit digits', (code, digits) => {
    expect(minorUnitDigits(code)).toBe(digits);
  });
  it.each(['XXX', 'XAU', 'BTC', 'usd', 'HRK'])('does not know %s', (code) => {
    expect(minorUnitDigits(code)).toBeUndefined();
  });
  it('lists only three upper-case letters, sorted, without duplicates', () => {
    expect(currencyCodes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect([...currencyCodes].sort()).toEqual(currencyCodes);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
  });
});

describe('parseDecimalAmount', () => {
  it.each([
    ['12.34', 'USD', 1234],
    ['12.3', 'USD', 1230],
    ['12', 'USD', 1200],
    ['-12.34', 'USD', -1234],
    ['+5', 'USD', 500],
    ['.5', 'USD', 50],
    ['5.', 'USD', 500],
    [' 0.01 ', 'USD', 1],
    ['007', 'USD', 700],
    ['1000', 'JPY', 1000],
    ['-1000', 'JPY', -1000],
    ['1.234', 'KWD', 1234],
    ['0.001', 'KWD', 1],
    ['-0', 'USD', 0],
    ['0.07', 'EUR', 7],
    ['10000000000', 'USD', 1_000_000_000_000],
    ['90071992547409.91', 'USD', Number.MAX_SAFE_INTEGER],
  ])('reads %s %s as %i minor units', (text, currency, expected) => {
    expect(parseDecimalAmount(text, currency)).toEqual({ ok: true, minorUnits: expected });
  });

  it('never goes through floating point (0.29 USD is 29, not 28.999…)', () => {
    expect(parseDecimalAmount('0.29', 'USD')).toEqual({ ok: true, minorUnits: 29 });
    expect(parseDecimalAmount('1.005', 'KWD')).toEqual({ ok: true, minorUnits: 1005 });
  });

  it.each([
    ['too many decimals for USD', '10.001', 'USD', /at most 2 decimals/],
    ['decimals for JPY', '10.5', 'JPY', /no decimals/],
    ['four decimals for KWD', '1.0001', 'KWD', /at most 3 decimals/],
    ['a thousands separator', '1,000', 'USD', /thousands/],
    ['a comma decimal', '12,34', 'USD', /dot/],
    ['an exponent', '1e2', 'USD', /number/],
    ['hex', '0x10', 'USD', /number/],
    ['NaN', 'NaN', 'USD', /number/],
    ['Infinity', 'Infinity', 'USD', /number/],
    ['empty', '', 'USD', /Enter an amount/],
    ['a lone dot', '.', 'USD', /number/],
    ['two dots', '1.2.3', 'USD', /number/],
    ['a unit sign', '$12', 'USD', /number/],
    ['beyond safe integers', '90071992547409.92', 'USD', /too large/],
    ['an unknown currency', '1', 'XXX', /not a known currency/],
  ])('refuses %s', (_label, text, currency, message) => {
    const result = parseDecimalAmount(text, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('formatMinorUnits', () => {
  it.each([
    [1234, 'USD', '12.34'],
    [-1234, 'USD', '-12.34'],
    [5, 'USD', '0.05'],
    [-5, 'USD', '-0.05'],
    [0, 'USD', '0.00'],
    [1000, 'JPY', '1000'],
    [-7, 'JPY', '-7'],
    [1, 'KWD', '0.001'],
    [1234567, 'KWD', '1234.567'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
  ])('writes %i %s as %s', (amount, currency, expected) => {
    expect(formatMinorUnits(amount, currency)).toBe(expected);
  });

  it.each([
    [1234, 'USD'],
    [-1, 'KWD'],
    [987654321, 'JPY'],
  ])('round-trips %i %s through parseDecimalAmount', (amount, currency) => {
    expect(parseDecimalAmount(formatMinorUnits(amount, currency), currency)).toEqual({
      ok: true,
      minorUnits: amount,
    });
  });

  it.each([
    [1.5, 'USD'],
    [1, 'XXX'],
  ])('throws on %s %s (programming errors)', (amount, currency) => {
    expect(() => formatMinorUnits(amount, currency)).toThrow(RangeError);
  });
});
