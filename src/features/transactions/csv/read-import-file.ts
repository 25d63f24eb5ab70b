import type { TransactionInput } from '../../../../contract/transaction';
import { parseCsv } from './csv-parse';
import { csvColumns, csvLimits, maxImportSize } from './csv-limits';
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

const count = (n: number) => n.toLocaleString('en-US');

/** Why a file of `bytes` is refused unread, or null when its size is fine. */
export function fileSizeRefusal(bytes: number): string | null {
  if (bytes <= csvLimits.maxImportBytes) return null;
  return `The file is ${count(bytes)} bytes; at most ${count(csvLimits.maxImportBytes)} bytes (${maxImportSize}) can be imported at once. Split it into smaller files.`;
}

/**
 * Reads an import file's bytes: at most csvLimits.maxImportBytes, UTF-8 (a BOM is dropped),
 * RFC 4180, the export's header, at most csvLimits.maxImportRows data rows; then every row
 * checked on its own, so all problems are shown together and before anything is written.
 */
export function readImportFile(bytes: ArrayBuffer | Uint8Array): ImportFileResult {
  const tooBig = fileSizeRefusal(bytes.byteLength);
  if (tooBig) return { ok: false, message: tooBig };
  let text: string;
  try {
    // fatal: a file in another encoding (e.g. Windows-1252) is refused, not imported garbled.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
    };
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: `Line ${parsed.line}: ${parsed.message}` };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: 'The file is empty.' };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (names.join(',') !== csvColumns.join(',')) {
    return {
      ok: false,
      message: `Line 1 must be the header ${csvColumns.join(',')} (the shape Export CSV writes).`,
    };
  }
  if (records.length === 0) return { ok: false, message: 'The file has a header but no rows.' };
  if (records.length > csvLimits.maxImportRows) {
    return {
      ok: false,
      message: `The file has ${count(records.length)} rows; at most ${count(csvLimits.maxImportRows)} can be imported at once. Split it into smaller files.`,
    };
  }
  return {
    ok: true,
    rows: records.map((record) => {
      const result = csvRowToInput(record.fields);
      return result.ok
        ? { line: record.line, cells: record.fields, ok: true, input: result.input }
        : { line: record.line, cells: record.fields, ok: false, errors: result.errors };
    }),
  };
}
