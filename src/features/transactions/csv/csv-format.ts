// RFC 4180 writing: fields separated by commas, records by CRLF, and a field quoted (its
// quotes doubled) when it holds a comma, a quote, CR or LF. Formula injection is the
// caller's concern (formula-guard.ts): this file only writes what it is given, exactly.

const needsQuotes = /[",\r\n]/;

/** One field as RFC 4180 writes it. */
export function formatCsvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A whole file: every record ends with CRLF (RFC 4180 allows the last one to; spreadsheets
 * expect it). `bom` puts U+FEFF first, which Excel needs to read the file as UTF-8.
 */
export function formatCsv(records: readonly (readonly string[])[], bom = false): string {
  const body = records.map((record) => `${record.map(formatCsvField).join(',')}\r\n`).join('');
  return bom ? `\uFEFF${body}` : body;
}
