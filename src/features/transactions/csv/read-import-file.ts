import type { TransactionInput } from '../../../../contract/transaction';
import { parseCsv } from './csv-parse';
import { csvColumns, csvLimits, maxImportSize } from './csv-limits';
import type { LedgerFormat } from '../ledger-format';
import { csvRowToInput } from './csv-row-to-input';

/** One data row of an import, with the line it starts on (the header is line 1). */
export type ImportRow =
  | {
      readonly line: number;
      readonly cells: readonly string[];
      readonly ok: true;
      readonly input: TransactionInput;
    }
  | {
      readonly line: number;
      readonly cells: readonly string[];
      readonly ok: false;
      readonly errors: readonly string[];
    };

export type ImportFileResult =
  | { readonly ok: true; readonly rows: readonly ImportRow[] }
  /** The whole file is refused (size, encoding, quoting, header, row count): nothing to preview. */
  | { readonly ok: false; readonly message: string };

/** The words and number format the reader's messages use. */
export type ImportFormat = Pick<LedgerFormat, 'text' | 'count'>;

/** Why a file of `bytes` is refused unread, or null when its size is fine. */
export function fileSizeRefusal(bytes: number, { text, count }: ImportFormat): string | null {
  if (bytes <= csvLimits.maxImportBytes) return null;
  return text.csvFile.tooBig(count(bytes), count(csvLimits.maxImportBytes), maxImportSize);
}

/**
 * Reads an import file's bytes: at most csvLimits.maxImportBytes, UTF-8 (a BOM is dropped),
 * RFC 4180, the export's header, at most csvLimits.maxImportRows data rows; then every row
 * checked on its own, so all problems are shown together and before anything is written.
 */
export function readImportFile(
  bytes: ArrayBuffer | Uint8Array,
  format: ImportFormat,
): ImportFileResult {
  const { count } = format;
  const t = format.text.csvFile;
  const tooBig = fileSizeRefusal(bytes.byteLength, format);
  if (tooBig) return { ok: false, message: tooBig };
  let text: string;
  try {
    // fatal: a file in another encoding (e.g. Windows-1252) is refused, not imported garbled.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: t.notUtf8 };
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const problem = t.quoting[parsed.problem];
    return { ok: false, message: format.text.csv.lineProblem(parsed.line, problem) };
  }
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: t.empty };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (names.join(',') !== csvColumns.join(',')) {
    return { ok: false, message: t.badHeader(csvColumns.join(',')) };
  }
  if (records.length === 0) return { ok: false, message: t.noRows };
  if (records.length > csvLimits.maxImportRows) {
    return {
      ok: false,
      message: t.tooManyRows(count(records.length), count(csvLimits.maxImportRows)),
    };
  }
  return {
    ok: true,
    rows: records.map((record) => {
      const result = csvRowToInput(record.fields, t, format.text.fieldProblems);
      return result.ok
        ? { line: record.line, cells: record.fields, ok: true, input: result.input }
        : { line: record.line, cells: record.fields, ok: false, errors: result.errors };
    }),
  };
}
