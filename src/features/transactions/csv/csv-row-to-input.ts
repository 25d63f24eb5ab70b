import { parseDecimalAmount } from '../../../../contract/money';
import type { TransactionInput } from '../../../../contract/transaction';
import type { FieldProblemText } from '../../../../contract/field-problem';
import { describeFieldProblem } from '../../../../contract/field-problem';
import { validateTransactionInput } from '../../../../contract/validate-transaction';
import { fieldErrorWords } from '../form-values';
import type { LedgerText } from '../ledger-format';
import { csvColumns } from './csv-limits';
import { unguardFormula } from './formula-guard';

export type RowResult =
  | { readonly ok: true; readonly input: TransactionInput }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * One data row (date, description, amount, currency, category) as an API input, checked by the
 * same validator as the form and the Lambda. The amount is signed major units in the row's own
 * currency ("-12.30" USD, "-1200" JPY, "1.250" KWD), parsed exactly by contract/money.ts.
 * The shared validator and parser name their problems by code, worded by `problems`; `text`
 * words what this module adds.
 */
export function csvRowToInput(
  fields: readonly string[],
  text: LedgerText['csvFile'],
  problems: FieldProblemText,
): RowResult {
  if (fields.length !== csvColumns.length) {
    return {
      ok: false,
      errors: [text.fieldCount(csvColumns.length, csvColumns.join(','), fields.length)],
    };
  }
  const [date = '', description = '', amountText = '', currencyText = '', category = ''] = fields;
  const currency = /^\s*[A-Za-z]{3}\s*$/.test(currencyText)
    ? currencyText.trim().toUpperCase()
    : currencyText;
  const parsed = parseDecimalAmount(amountText, currency);
  const amountProblem =
    parsed.ok || parsed.problem.code === 'money_unknown_currency'
      ? null
      : describeFieldProblem(parsed.problem, problems);
  const candidate: Record<string, unknown> = {
    date,
    description: unguardFormula(description),
    amount: parsed.ok ? parsed.minorUnits : 0,
    currency,
  };
  if (category.trim() !== '') candidate['category'] = unguardFormula(category);
  const result = validateTransactionInput(candidate);
  if (result.ok && amountProblem === null) return { ok: true, input: result.value };
  const errors = result.ok ? [] : result.errors;
  return {
    ok: false,
    errors: [
      ...(amountProblem ? [text.amount(amountProblem)] : []),
      // Our parse message is more precise than "cannot be zero" for unparsable text.
      ...errors
        .filter((error) => !(error.field === 'amount' && !parsed.ok))
        .map((error) => fieldErrorWords(error, problems)),
    ],
  };
}
