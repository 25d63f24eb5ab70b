// Validation shared by the SPA's forms and the Lambda: one set of rules, one set of messages.
// Plain functions rather than a schema library: the SPA bundles this file, the rules need
// exact control over unknown and prototype-polluting keys, and the messages are for people.

import type { FieldProblem } from './field-problem';
import { describeFieldProblem, englishFieldProblems } from './field-problem';
import { isCurrencyCode } from './iso4217';
import type { FieldError, TransactionInput, TransactionReplacement } from './transaction';
import { transactionLimits } from './transaction';

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** A field error with its problem as data (the SPA words it) and the API's English words. */
function fieldError(field: string, problem: FieldProblem): FieldError {
  return { field, message: describeFieldProblem(problem, englishFieldProblems), problem };
}

/** A check's failure: the problem and its English words. */
export type CheckFailure = {
  readonly ok: false;
  readonly message: string;
  readonly problem: FieldProblem;
};

function failure(problem: FieldProblem): CheckFailure {
  return { ok: false, message: describeFieldProblem(problem, englishFieldProblems), problem };
}

type Editable = { -readonly [K in keyof TransactionInput]: TransactionInput[K] };

const inputFields = ['date', 'description', 'amount', 'currency', 'category'] as const;
const replacementFields = [...inputFields, 'version'] as const;
const pollutingKeys = new Set(['__proto__', 'constructor', 'prototype']);

// C0, DEL, C1 controls, line/paragraph separators, and bidi embeddings/overrides/isolates
// (they can make a description display as something else, e.g. "‮gnp.exe").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbiddenCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// With the `u` flag a surrogate pair is one code point, so this matches only lone halves,
// which cannot be encoded as UTF-8 (DynamoDB would refuse them).
const loneSurrogate = /\p{Cs}/u;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a POST body: the typed, trimmed and NFC-normalised input, or every field error. */
export function validateTransactionInput(body: unknown): ValidationResult<TransactionInput> {
  return validate(body, inputFields, (record, errors) => readInput(record, errors));
}

/** Validates a PUT body: the editable fields plus the `version` being replaced. */
export function validateTransactionReplacement(
  body: unknown,
): ValidationResult<TransactionReplacement> {
  return validate(body, replacementFields, (record, errors): TransactionReplacement => {
    const input = readInput(record, errors);
    const version = record['version'];
    if (!(typeof version === 'number' && Number.isSafeInteger(version) && version >= 1)) {
      errors.push(fieldError('version', { code: 'version_invalid' }));
    }
    // With errors the value is discarded, so the placeholder version never escapes.
    return { ...input, version: typeof version === 'number' ? version : 0 };
  });
}

function validate<T>(
  body: unknown,
  allowed: readonly string[],
  read: (record: Record<string, unknown>, errors: FieldError[]) => T,
): ValidationResult<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [fieldError('body', { code: 'body_not_object' })] };
  }
  const record = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record)) {
    const shown = displayKey(key);
    if (pollutingKeys.has(key)) {
      errors.push(fieldError(shown, { code: 'key_not_allowed', key: shown }));
    } else if (!allowed.includes(key)) {
      errors.push(fieldError(shown, { code: 'key_unknown', key: shown }));
    }
  }
  // Read only own properties: a polluted prototype must never supply a value.
  const own = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const ownRecord = Object.fromEntries(allowed.map((key) => [key, own(key)]));
  const value = read(ownRecord, errors);
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}

function readInput(record: Record<string, unknown>, errors: FieldError[]): TransactionInput {
  const input: Editable = {
    date: readDate(record['date'], errors),
    description: readText(record['description'], 'description', errors) ?? '',
    amount: readAmount(record['amount'], errors),
    currency: readCurrency(record['currency'], errors),
  };
  const category = record['category'];
  if (category !== undefined && category !== null) {
    const text = readText(category, 'category', errors);
    if (text !== undefined && text !== '') input.category = text;
  }
  return input;
}

function readDate(value: unknown, errors: FieldError[]): string {
  if (typeof value !== 'string') {
    errors.push(fieldError('date', { code: 'date_required' }));
    return '';
  }
  const checked = checkDate(value.trim(), 'Date');
  if (checked.ok) return checked.value;
  errors.push(fieldError('date', checked.problem));
  return '';
}

/** A `YYYY-MM-DD` calendar date within the accepted range, or the problem (labelled `label`). */
export function checkDate(
  text: string,
  label: string,
): { readonly ok: true; readonly value: string } | CheckFailure {
  const match = datePattern.exec(text);
  if (!match) return failure({ code: 'date_format', label });
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return failure({ code: 'date_not_real', value: displayKey(text) });
  }
  const { earliestDate, latestDate } = transactionLimits;
  if (text < earliestDate || text > latestDate) {
    return failure({ code: 'date_range', label, earliest: earliestDate, latest: latestDate });
  }
  return { ok: true, value: text };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Description (required) or category (optional): NFC, trimmed, bounded in code points. */
function readText(
  value: unknown,
  field: 'description' | 'category',
  errors: FieldError[],
): string | undefined {
  const label = field === 'description' ? 'Description' : 'Category';
  const max =
    field === 'description'
      ? transactionLimits.descriptionMaxLength
      : transactionLimits.categoryMaxLength;
  if (typeof value !== 'string') {
    const code = field === 'description' ? 'description_required' : 'category_not_text';
    errors.push(fieldError(field, { code }));
    return undefined;
  }
  const checked = checkText(value, label, max);
  if (checked.ok && field === 'description' && checked.value === '') {
    errors.push(fieldError(field, { code: 'description_empty' }));
    return undefined;
  }
  if (checked.ok) return checked.value;
  errors.push(fieldError(field, checked.problem));
  return undefined;
}

/**
 * One line of text as the API stores it: NFC, trimmed, at most `max` code points, no lone
 * surrogates and no control or bidi-override characters; or the problem (labelled `label`).
 */
export function checkText(
  value: string,
  label: string,
  max: number,
): { readonly ok: true; readonly value: string } | CheckFailure {
  if (loneSurrogate.test(value)) return failure({ code: 'text_invalid_character', label });
  const text = value.normalize('NFC').trim();
  if (forbiddenCharacters.test(text)) {
    return failure({ code: 'text_control_characters', label });
  }
  if ([...text].length > max) return failure({ code: 'text_too_long', label, max });
  return { ok: true, value: text };
}

function readAmount(value: unknown, errors: FieldError[]): number {
  const fail = (problem: FieldProblem) => (errors.push(fieldError('amount', problem)), 0);
  const max = transactionLimits.maxAbsAmount;
  if (typeof value !== 'number') {
    return fail({ code: typeof value === 'string' ? 'amount_is_text' : 'amount_required' });
  }
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    return fail({ code: 'amount_not_whole' });
  }
  if (value === 0) return fail({ code: 'amount_zero' });
  if (Math.abs(value) > max) return fail({ code: 'amount_range', max });
  return value;
}

function readCurrency(value: unknown, errors: FieldError[]): string {
  const fail = (problem: FieldProblem) => (errors.push(fieldError('currency', problem)), '');
  if (typeof value !== 'string' || value.trim() === '') {
    return fail({ code: 'currency_required' });
  }
  const trimmed = value.trim();
  // Only ASCII letters are upper-cased, so look-alikes (Cyrillic "Ѕ") never become a code.
  const code = /^[A-Za-z]{3}$/.test(trimmed) ? trimmed.toUpperCase() : trimmed;
  if (!isCurrencyCode(code)) {
    return fail({ code: 'currency_unsupported', value: displayKey(trimmed) });
  }
  return code;
}

/** A key or value safe to echo in a message: printable and short. */
export function displayKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const printable = key.replace(/[\u0000-\u001F\u007F-\u009F]/gu, '?');
  return [...printable].length > 40 ? `${[...printable].slice(0, 40).join('')}…` : printable;
}
