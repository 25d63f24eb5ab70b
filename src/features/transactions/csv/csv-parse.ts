// RFC 4180 reading, strict about quotes: a quote may open a field only as its first character,
// and a closing quote must be followed by a comma, a line break or the end. Anything else is
// refused with the line it is on, rather than guessed at, because a guessed split would import
// wrong amounts silently. Accepts CRLF, LF or a lone CR between records, a leading BOM, and
// a last record with or without a line break; blank lines carry no record and are skipped.

export interface CsvRecord {
  /** The 1-based line the record starts on (quoted line breaks make records span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

/** What is wrong with a file's quoting, as a stable code the UI puts into words. */
export type CsvQuoteProblem = 'textAfterQuote' | 'quoteInField' | 'unclosedQuote';

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | {
      readonly ok: false;
      readonly line: number;
      readonly problem: CsvQuoteProblem;
      /** The problem in English, for logs and tests; the UI words it from `problem`. */
      readonly message: string;
    };

/** Parses CSV text into records, or names the first line whose quoting is malformed. */
export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let inQuotes = false;
  // A field that was quoted: only a separator, a line break or the end may follow its closing quote.
  let closed = false;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !closed;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    closed = false;
  };

  while (i < source.length) {
    const char = source[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        closed = true;
      } else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      closed = false;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else if (closed) {
      return {
        ok: false,
        line,
        problem: 'textAfterQuote',
        message: 'text after a closing quote; a quote inside a quoted field must be doubled ("").',
      };
    } else if (char === '"') {
      if (field !== '') {
        return {
          ok: false,
          line,
          problem: 'quoteInField',
          message:
            'a quote inside an unquoted field; quote the whole field and double the quote ("").',
        };
      }
      inQuotes = true;
      quoteLine = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (inQuotes) {
    return {
      ok: false,
      line: quoteLine,
      problem: 'unclosedQuote',
      message: 'a quoted field is never closed.',
    };
  }
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return { ok: true, records };
}
