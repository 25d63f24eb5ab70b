import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../contract/transaction';
import { signedIn as en } from '../../../i18n/messages/en/signed-in';
import { signedIn as ko } from '../../../i18n/messages/ko/signed-in';
import { buildStored, buildTransaction } from '../../../test/builders';
import { ledgerFormat } from '../ledger-format';
import { csvLimits } from './csv-limits';
import { readImportFile } from './read-import-file';
import { csvFileName, transactionsToCsv } from './transactions-to-csv';

const encode = (text: string) => new TextEncoder().encode(text);
const header = 'date,description,amount,currency,category\r\n';
const english = ledgerFormat(en.ledger, 'en-US');
const korean = ledgerFormat(ko.ledger, 'ko-KR');

function readOk(text: string, format = english) {
  const result = readImportFile(encode(text), format);
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

function refusal(bytes: Uint8Array | string, format = english) {
  const result = readImportFile(typeof bytes === 'string' ? encode(bytes) : bytes, format);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('transactionsToCsv', () => {
  it('writes the header, ISO dates and signed major units with each currency’s digits', () => {
    const csv = transactionsToCsv([
      buildTransaction({
        date: '2024-01-31',
        description: 'Lunch',
        amount: -1250,
        currency: 'USD',
      }),
      buildTransaction({ description: 'Ramen', amount: -1200, currency: 'JPY', category: 'Food' }),
      buildTransaction({ description: 'Fee', amount: 1250, currency: 'KWD' }),
      buildTransaction({ description: 'Tip', amount: -5, currency: 'KWD' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,description,amount,currency,category',
      '2024-01-31,Lunch,-12.50,USD,Food',
      '2024-05-01,Ramen,-1200,JPY,Food',
      '2024-05-01,Fee,1.250,KWD,Food',
      '2024-05-01,Tip,-0.005,KWD,Food',
      '',
    ]);
  });

  it('guards formula-looking descriptions and categories, but never the amount’s minus sign', () => {
    const csv = transactionsToCsv([
      buildTransaction({ description: '=HYPERLINK("http://x","y")', category: '@cmd', amount: -1 }),
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `2024-05-01,"'=HYPERLINK(""http://x"",""y"")",-0.01,USD,'@cmd`,
    );
  });

  it('starts with the BOM only when asked', () => {
    expect(transactionsToCsv([], { bom: true })).toBe(`\uFEFF${header}`);
    expect(transactionsToCsv([])).toBe(header);
  });

  it('names the file by the day', () => {
    expect(csvFileName('2024-03-09')).toBe('transactions-2024-03-09.csv');
  });
});

describe('readImportFile', () => {
  const tricky: Transaction[] = [
    buildTransaction({ description: 'Coffee, "large" ☕🎉', amount: -350, currency: 'EUR' }),
    buildTransaction({ description: '=1+1', amount: 100_000, currency: 'JPY', category: '+plus' }),
    buildTransaction({ description: '한국어 설명', amount: -1, currency: 'KWD', category: '식비' }),
  ];
  const uncategorised = buildStored({
    date: '2024-06-30',
    description: 'No category',
    amount: 1,
    currency: 'USD',
  });

  it('reads an export back to the same inputs (quotes, commas, emoji, guards, JPY/KWD, BOM)', () => {
    for (const bom of [false, true]) {
      const rows = readOk(transactionsToCsv([...tricky, uncategorised], { bom }));
      expect(rows.map((row) => (row.ok ? row.input : row.errors))).toEqual(
        [...tricky, uncategorised].map(({ date, description, amount, currency, category }) => ({
          date,
          description,
          amount,
          currency,
          ...(category ? { category } : {}),
        })),
      );
      expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    }
  });

  it('takes a lower-case currency and an LF-only file', () => {
    const rows = readOk('date,description,amount,currency,category\n2024-01-02,Tea,3,usd,\n');
    expect(rows[0]).toMatchObject({ ok: true, input: { amount: 300, currency: 'USD' } });
  });

  it('names every row’s problems by line, with the shared validator’s messages', () => {
    const rows = readOk(
      header +
        '2024-01-02,Fine,-1.00,USD,\r\n' +
        '2024-02-30,Bad date,1,USD,\r\n' +
        '2024-01-02,,1,USD,\r\n' +
        '2024-01-02,Too precise,1.5,JPY,\r\n' +
        '2024-01-02,Comma,"1,000.00",USD,\r\n' +
        '2024-01-02,Zero,0,USD,\r\n' +
        '2024-01-02,Unknown,1,XXY,\r\n' +
        '2024-01-02,Short,1\r\n' +
        '2024-01-02,"two\nlines",1,USD,\r\n' +
        '2024-01-02,\u202Egnp.exe,1,USD,\r\n' +
        '2024-01-02,Long,1,USD,' +
        'x'.repeat(51) +
        '\r\n' +
        '2024-01-02,__proto__,1,USD,__proto__\r\n',
    );
    const problems = rows.map((row) => (row.ok ? 'ok' : `${row.line}: ${row.errors.join(' ')}`));
    expect(problems).toEqual([
      'ok',
      '3: 2024-02-30 is not a real calendar date.',
      '4: Description cannot be empty.',
      '5: Amount: JPY has no decimals; enter a whole number.',
      '6: Amount: Use a dot for decimals and no thousands separators, e.g. 1234.56.',
      '7: Amount cannot be zero.',
      '8: "XXY" is not a supported ISO 4217 currency code.',
      '9: expected 5 fields (date,description,amount,currency,category), found 3.',
      '10: Description cannot contain line breaks, tabs or other control characters.',
      '12: Description cannot contain line breaks, tabs or other control characters.',
      '13: Category must be at most 50 characters.',
      'ok',
    ]);
  });

  it('refuses files it cannot read as a whole, saying why', () => {
    expect(refusal('')).toMatch(/empty/);
    expect(refusal(header)).toMatch(/no rows/);
    expect(refusal('when,what,amount,currency,category\n')).toMatch(/Line 1 must be the header/);
    expect(refusal(`${header}2024-01-01,"open,1,USD,\n`)).toMatch(/^Line 2: a quoted field/);
    expect(refusal(new Uint8Array([0x64, 0xe9, 0x0a]))).toMatch(/not UTF-8/);
    expect(refusal(new Uint8Array(csvLimits.maxImportBytes + 1))).toMatch(
      /at most 2,097,152 bytes/,
    );
  });

  it('takes 5,000 rows and refuses 5,001 with a clear message', () => {
    const rows = (n: number) => header + '2024-01-01,Tea,-1,USD,\r\n'.repeat(n);
    expect(readOk(rows(5_000))).toHaveLength(5_000);
    expect(refusal(rows(5_001))).toBe(
      'The file has 5,001 rows; at most 5,000 can be imported at once. Split it into smaller files.',
    );
  });
});

describe('readImportFile in Korean', () => {
  it('words every row problem in Korean, the shared validator and parser by their codes', () => {
    const rows = readOk(
      header +
        '2024-01-02,Short,1\r\n2024-01-02,Comma,"1,000.00",USD,\r\n' +
        '2024-02-30,,0,XYZ,\r\n',
      korean,
    );
    expect(rows.map((row) => (row.ok ? 'ok' : row.errors.join(' ')))).toEqual([
      '필드가 5개(date,description,amount,currency,category)여야 하는데 3개입니다.',
      '금액: 소수점에는 점을 쓰고 천 단위 구분 기호는 쓰지 마세요(예: 1234.56).',
      '2024-02-30은(는) 실제로 있는 날짜가 아닙니다. 설명은 비워 둘 수 없습니다. ' +
        '"XYZ"은(는) 지원하는 ISO 4217 통화 코드가 아닙니다.',
    ]);
    expect(refusal('', korean)).toBe('파일이 비어 있습니다.');
    expect(refusal(`${header}2024-01-01,"open,1,USD,\n`, korean)).toBe(
      '2번째 줄: 따옴표로 연 필드가 닫히지 않았습니다.',
    );
    expect(refusal(header + '2024-01-01,Tea,-1,USD,\r\n'.repeat(5_001), korean)).toBe(
      '파일에 5,001개 행이 있습니다. 한 번에 최대 5,000개 행까지 가져올 수 있습니다. 파일을 나누어 주세요.',
    );
  });
});
