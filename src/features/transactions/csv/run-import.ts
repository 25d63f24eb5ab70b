import type { CreateResult } from '../../../lib/http/transactions-client';
import type { DescribeError } from '../../../lib/errors/use-describe-error';
import type { PlannedRow } from './plan-import';

export interface ImportSummary {
  readonly imported: number;
  readonly alreadyPresent: number;
  readonly failed: readonly { readonly line: number; readonly reason: string }[];
}

export interface RunImportOptions {
  readonly create: (row: PlannedRow) => Promise<CreateResult>;
  readonly concurrency: number;
  /** Called after each row is settled, with how many of the total are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops starting new rows (those in flight finish). */
  readonly signal?: AbortSignal;
  /** Words for a failed row's reason, in the page's language. */
  readonly describeError: DescribeError;
}

/**
 * Writes the rows not already present, at most `concurrency` at a time, and counts the
 * outcomes: a create the API replays (same key, within its 24-hour window) is already present.
 * One row's failure never stops the others; its reason is kept with its line.
 */
export async function runImport(
  rows: readonly PlannedRow[],
  options: RunImportOptions,
): Promise<ImportSummary> {
  const toWrite = rows.filter((row) => !row.present);
  let alreadyPresent = rows.length - toWrite.length;
  let imported = 0;
  const failed: { line: number; reason: string }[] = [];
  let next = 0;
  let done = 0;
  options.onProgress?.(0, toWrite.length);

  const worker = async () => {
    while (next < toWrite.length && !options.signal?.aborted) {
      const row = toWrite[next++] as PlannedRow;
      try {
        const result = await options.create(row);
        if (result.replayed) alreadyPresent += 1;
        else imported += 1;
      } catch (error) {
        const ui = options.describeError(error);
        const details = ui.fieldErrors.map((detail) => detail.message);
        failed.push({ line: row.line, reason: [ui.message, ...details].join(' ') });
      }
      options.onProgress?.(++done, toWrite.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, toWrite.length));
  await Promise.all(Array.from({ length: workers }, worker));
  failed.sort((a, b) => a.line - b.line);
  return { imported, alreadyPresent, failed };
}
