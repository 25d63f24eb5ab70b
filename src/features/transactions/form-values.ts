import { parseDecimalAmount, formatMinorUnits } from '../../../contract/money';
import type { FieldError, Transaction, TransactionInput } from '../../../contract/transaction';
import type { FieldProblemText } from '../../../contract/field-problem';
import { describeFieldProblem } from '../../../contract/field-problem';
import { validateTransactionInput } from '../../../contract/validate-transaction';
import type { LedgerText } from './ledger-format';

export type TransactionKind = 'expense' | 'income';

/** What the form holds: text as typed, plus the kind that gives the amount its sign. */
export interface FormValues {
  readonly date: string;
  readonly description: string;
  readonly kind: TransactionKind;
  /** Unsigned decimal as typed, e.g. "12.34". */
  readonly amount: string;
  readonly currency: string;
  readonly category: string;
}

export type FormField = 'date' | 'description' | 'amount' | 'currency' | 'category';

/** Field → message, plus messages that belong to no field. */
export interface FormErrors {
  readonly fields: Partial<Record<FormField, string>>;
  readonly other: readonly string[];
}

const formFields: readonly string[] = ['date', 'description', 'amount', 'currency', 'category'];

/** Empty form for a new transaction dated `today` (YYYY-MM-DD). */
export function emptyFormValues(today: string, currency = 'USD'): FormValues {
  return { date: today, description: '', kind: 'expense', amount: '', currency, category: '' };
}

/** The form's view of a stored transaction. */
export function formValuesOf(transaction: Transaction): FormValues {
  const unsigned = formatMinorUnits(Math.abs(transaction.amount), transaction.currency);
  return {
    date: transaction.date,
    description: transaction.description,
    kind: transaction.amount < 0 ? 'expense' : 'income',
    amount: unsigned,
    currency: transaction.currency,
    category: transaction.category ?? '',
  };
}

/** A field error's words: the shared validator's problem in `problems`' language, else as sent. */
export function fieldErrorWords(error: FieldError, problems: FieldProblemText): string {
  return error.problem ? describeFieldProblem(error.problem, problems) : error.message;
}

/**
 * Groups field errors (ours or the API's) by form field; the rest are form-level. The API's
 * arrive as its words (the wire has no problem data); ours are worded in `problems`' language.
 */
export function groupFieldErrors(
  errors: readonly FieldError[],
  problems: FieldProblemText,
): FormErrors {
  const fields: Partial<Record<FormField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    if (formFields.includes(error.field) && !fields[error.field as FormField]) {
      fields[error.field as FormField] = fieldErrorWords(error, problems);
    } else if (!formFields.includes(error.field)) {
      other.push(fieldErrorWords(error, problems));
    }
  }
  return { fields, other };
}

export type FormResult =
  | { readonly ok: true; readonly input: TransactionInput }
  | { readonly ok: false; readonly errors: FormErrors };

/**
 * Turns typed values into an API input with the shared contract's rules (the same ones the
 * Lambda applies), so the form and the API cannot disagree about what is valid. The contract
 * names each problem by code; `problems` words them and `text` the form's own.
 */
export function toTransactionInput(
  values: FormValues,
  text: Pick<LedgerText['form'], 'signedAmount'>,
  problems: FieldProblemText,
): FormResult {
  const found: FieldError[] = [];
  let amount = Number.NaN;
  if (/^\s*[+-]/.test(values.amount)) {
    found.push({
      field: 'amount',
      message: text.signedAmount,
    });
  } else {
    const parsed = parseDecimalAmount(values.amount, values.currency.trim().toUpperCase());
    if (parsed.ok) amount = values.kind === 'expense' ? -parsed.minorUnits : parsed.minorUnits;
    else if (parsed.problem.code !== 'money_unknown_currency') {
      found.push({ field: 'amount', message: parsed.message, problem: parsed.problem });
    }
  }
  const candidate: Record<string, unknown> = {
    date: values.date,
    description: values.description,
    amount: Number.isNaN(amount) ? 0 : amount,
    currency: values.currency,
  };
  if (values.category.trim() !== '') candidate['category'] = values.category;
  const result = validateTransactionInput(candidate);
  const contractErrors = result.ok
    ? []
    : result.errors.filter(
        // Our own amount message is more precise than "cannot be zero" for unparsable text.
        (error) => !(error.field === 'amount' && (found.length > 0 || Number.isNaN(amount))),
      );
  const all = [...found, ...contractErrors];
  if (result.ok && all.length === 0) return { ok: true, input: result.value };
  return { ok: false, errors: groupFieldErrors(all, problems) };
}
