import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField } from './csv-format';
import { parseCsv } from './csv-parse';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.message}`);
  return result.records.map((record) => record.fields);
};

describe('formatCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['☕ café 🎉', '☕ café 🎉'],
  ])('writes %j as %j', (value, written) => {
    expect(formatCsvField(value)).toBe(written);
  });
});

describe('formatCsv and parseCsv', () => {
  const records = [
    ['date', 'description', 'amount'],
    ['2024-01-31', 'Coffee, "large"', '-3.50'],
    ['2024-02-01', 'multi\r\nline\nnote', '12'],
    ['2024-02-02', '🎉 파티 émoji', ''],
  ];

  it('round-trips quotes, commas, CRLF and LF inside fields, emoji and empty fields', () => {
    const text = formatCsv(records);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(fieldsOf(text)).toEqual(records);
  });

  it('writes a BOM only when asked, and the parser drops it', () => {
    expect(formatCsv(records).startsWith('\uFEFF')).toBe(false);
    const withBom = formatCsv(records, true);
    expect(withBom.startsWith('\uFEFFdate,')).toBe(true);
    expect(fieldsOf(withBom)).toEqual(records);
  });

  it('reads LF-only and lone-CR files, a last record without a line break, and skips blank lines', () => {
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\r\n\r\n1,2\r\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\n"",\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('numbers records by the line they start on, counting quoted line breaks', () => {
    const result = parseCsv('h\n"one\ntwo"\n\nthree\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['h'] },
        { line: 2, fields: ['one\ntwo'] },
        { line: 5, fields: ['three'] },
      ],
    });
  });

  it.each([
    ['a quote inside an unquoted field', 'h\nab"c,d\n', 2, /quote inside an unquoted field/],
    ['text after a closing quote', 'h\n"ab"c,d\n', 2, /after a closing quote/],
    ['an unclosed quote (named by where it opened)', 'h\n"open,\n\nmore\n', 2, /never closed/],
    ['a single stray quote', 'h\n"', 2, /never closed/],
  ])('refuses %s, naming the line', (_name, text, line, message) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toMatch(message);
  });
});
