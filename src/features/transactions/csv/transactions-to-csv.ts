import { formatMinorUnits } from '../../../../contract/money';
import type { Transaction } from '../../../../contract/transaction';
import { formatCsv } from './csv-format';
import { csvColumns } from './csv-limits';
import { guardFormula } from './formula-guard';

/**
 * The transactions as a CSV file (header first): ISO dates, signed amounts in major units with
 * the currency's own digits (JPY 0, USD 2, KWD 3), free text guarded against formula injection.
 */
export function transactionsToCsv(
  transactions: readonly Transaction[],
  options: { readonly bom?: boolean } = {},
): string {
  const records = transactions.map((transaction) => [
    transaction.date,
    guardFormula(transaction.description),
    formatMinorUnits(transaction.amount, transaction.currency),
    transaction.currency,
    guardFormula(transaction.category ?? ''),
  ]);
  return formatCsv([csvColumns, ...records], options.bom ?? false);
}

/** The download's name for an export made on `date` (YYYY-MM-DD, local). */
export function csvFileName(date: string): string {
  return `transactions-${date}.csv`;
}
