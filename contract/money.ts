// Conversions between what a person types ("12.34", "-0.5") and the integer of minor units
// the API stores. Pure string and BigInt arithmetic: no floating point ever touches money.

import type { FieldProblem } from './field-problem';
import { describeFieldProblem, englishFieldProblems } from './field-problem';
import { minorUnitDigits } from './iso4217';

export type ParseMoneyResult =
  | { readonly ok: true; readonly minorUnits: number }
  | { readonly ok: false; readonly message: string; readonly problem: FieldProblem };

function refuse(problem: FieldProblem): ParseMoneyResult {
  return { ok: false, message: describeFieldProblem(problem, englishFieldProblems), problem };
}

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses a decimal amount typed by a user into minor units of `currency`, exactly.
 * Accepts an optional sign, digits and at most the currency's number of decimals
 * ("12.3" → 1230 for USD); refuses exponents, thousands separators and anything else.
 */
export function parseDecimalAmount(text: string, currency: string): ParseMoneyResult {
  const digits = minorUnitDigits(currency);
  if (digits === undefined) return refuse({ code: 'money_unknown_currency', currency });
  const trimmed = text.trim();
  if (trimmed === '') return refuse({ code: 'money_empty' });
  const match = decimalPattern.exec(trimmed);
  if (!match) {
    return refuse({ code: trimmed.includes(',') ? 'money_separators' : 'money_not_a_number' });
  }
  const [, sign = '', whole = '', fraction] = match;
  if (whole === '' && (fraction === undefined || fraction === '')) {
    return refuse({ code: 'money_not_a_number' });
  }
  const decimals = fraction ?? '';
  if (decimals.length > digits) {
    return refuse(
      digits === 0
        ? { code: 'money_no_decimals', currency }
        : { code: 'money_too_many_decimals', currency, digits },
    );
  }
  const magnitude = BigInt((whole || '0') + decimals.padEnd(digits, '0'));
  if (magnitude > maxSafe) return refuse({ code: 'money_too_large' });
  const value = Number(magnitude);
  // -0 is not an amount anyone means; it normalises to 0.
  return { ok: true, minorUnits: sign === '-' && value !== 0 ? -value : value };
}

/**
 * Formats minor units of `currency` as a plain decimal string ("-12.30" for -1230 USD),
 * the inverse of parseDecimalAmount. Throws on a non-safe-integer or unknown currency,
 * which are programming errors.
 */
export function formatMinorUnits(minorUnits: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === undefined) throw new RangeError(`Unknown currency ${currency}`);
  if (!Number.isSafeInteger(minorUnits)) throw new RangeError('Amount must be a safe integer');
  const negative = minorUnits < 0;
  const raw = String(Math.abs(minorUnits)).padStart(digits + 1, '0');
  const whole = raw.slice(0, raw.length - digits);
  const fraction = digits === 0 ? '' : `.${raw.slice(raw.length - digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
