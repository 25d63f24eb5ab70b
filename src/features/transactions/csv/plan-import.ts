import type { Transaction, TransactionInput } from '../../../../contract/transaction';
import { contentOf, importKeys } from './import-keys';

export interface PlannedRow {
  readonly line: number;
  readonly input: TransactionInput;
  readonly idempotencyKey: string;
  /** The ledger already holds a transaction with this content for this occurrence. */
  readonly present: boolean;
}

/**
 * Matches the rows against the ledger as multisets of content: the k-th identical row is
 * already present when the ledger has at least k transactions with that content. This is what
 * makes re-importing an export a no-op (its transactions were made by the form, with random
 * keys, so keys alone could not recognise them); the per-row keys still cover what the list
 * cannot see: a concurrent import of the same file, and a create whose answer was lost.
 */
export async function planImport(
  rows: readonly { readonly line: number; readonly input: TransactionInput }[],
  existing: readonly Transaction[],
): Promise<PlannedRow[]> {
  const inLedger = new Map<string, number>();
  for (const transaction of existing) {
    const content = contentOf(transaction);
    inLedger.set(content, (inLedger.get(content) ?? 0) + 1);
  }
  const keys = await importKeys(rows.map((row) => row.input));
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const content = contentOf(row.input);
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    return {
      line: row.line,
      input: row.input,
      idempotencyKey: keys[index] as string,
      present: occurrence <= (inLedger.get(content) ?? 0),
    };
  });
}
