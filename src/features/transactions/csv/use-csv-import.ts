import { useCallback, useRef, useState } from 'react';
import type { Transaction } from '../../../../contract/transaction';
import type { CreateResult } from '../../../lib/http/transactions-client';
import { useDescribeError } from '../../../lib/errors/use-describe-error';
import { TooManyTransactionsError } from './fetch-all-pages';
import { csvLimits } from './csv-limits';
import type { PlannedRow } from './plan-import';
import { planImport } from './plan-import';
import type { ImportRow } from './read-import-file';
import { readFileBytes } from './read-file-bytes';
import { fileSizeRefusal, readImportFile } from './read-import-file';
import type { ImportSummary } from './run-import';
import { runImport } from './run-import';

export type ImportState =
  | { readonly step: 'choose'; readonly refusal: string | null }
  | { readonly step: 'preview'; readonly fileName: string; readonly rows: readonly ImportRow[] }
  | { readonly step: 'checking'; readonly total: number }
  | { readonly step: 'writing'; readonly done: number; readonly total: number }
  | { readonly step: 'done'; readonly summary: ImportSummary };

export interface CsvImportDeps {
  /** The ledger's transactions dated within the range, to recognise rows already present. */
  readonly readExisting: (range: { from: string; to: string }) => Promise<Transaction[]>;
  readonly create: (row: PlannedRow) => Promise<CreateResult>;
  /** After writing, so the list shows what was imported. */
  readonly onImported: () => void;
}

/** The import's steps: choose → preview (per-row errors block) → check → write → summary. */
export function useCsvImport(deps: CsvImportDeps) {
  const describeError = useDescribeError();
  const [state, setState] = useState<ImportState>({ step: 'choose', refusal: null });
  const running = useRef(false);

  const choose = useCallback(async (file: File) => {
    // Refused before reading: a huge file is never loaded into memory.
    const tooBig = fileSizeRefusal(file.size);
    if (tooBig) return setState({ step: 'choose', refusal: tooBig });
    let bytes: ArrayBuffer;
    try {
      bytes = await readFileBytes(file);
    } catch {
      return setState({ step: 'choose', refusal: 'The file could not be read. Choose it again.' });
    }
    const result = readImportFile(bytes);
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, rows: result.rows }
        : { step: 'choose', refusal: result.message },
    );
  }, []);

  const cancel = useCallback(() => setState({ step: 'choose', refusal: null }), []);

  const write = useCallback(async () => {
    if (state.step !== 'preview' || running.current) return;
    const valid = state.rows.flatMap((row) =>
      row.ok ? [{ line: row.line, input: row.input }] : [],
    );
    if (valid.length !== state.rows.length || valid.length === 0) return;
    running.current = true;
    try {
      setState({ step: 'checking', total: valid.length });
      const dates = valid.map((row) => row.input.date).sort();
      const range = { from: dates[0] as string, to: dates[dates.length - 1] as string };
      let plan: PlannedRow[];
      try {
        plan = await planImport(valid, await deps.readExisting(range));
      } catch (error) {
        const message =
          error instanceof TooManyTransactionsError ? error.message : describeError(error).message;
        setState({
          step: 'choose',
          refusal: `Nothing was imported: the ledger could not be checked for these rows. ${message}`,
        });
        return;
      }
      const summary = await runImport(plan, {
        describeError,
        create: deps.create,
        concurrency: csvLimits.importConcurrency,
        onProgress: (done, total) => setState({ step: 'writing', done, total }),
      });
      setState({ step: 'done', summary });
      deps.onImported();
    } finally {
      running.current = false;
    }
  }, [deps, state, describeError]);

  return { state, choose, cancel, write };
}
