import { describe, expect, it } from 'vitest';
import { validateTransactionInput, validateTransactionReplacement } from './validate-transaction';

const valid = () => ({
  date: '2024-02-29',
  description: 'Groceries',
  amount: -1234,
  currency: 'EUR',
  category: 'Food',
});

const withField = (field: string, value: unknown) => ({ ...valid(), [field]: value });
const withoutField = (field: string) => {
  const body: Record<string, unknown> = valid();
  delete body[field];
  return body;
};

function fieldsOf(body: unknown): string[] {
  const result = validateTransactionInput(body);
  return result.ok ? [] : result.errors.map((error) => error.field);
}

describe('validateTransactionInput', () => {
  it('accepts a valid body and returns it typed', () => {
    expect(validateTransactionInput(valid())).toEqual({ ok: true, value: valid() });
  });

  it('trims, NFC-normalises and upper-cases what it may', () => {
    const result = validateTransactionInput({
      ...valid(),
      description: '  Cafe\u0301  ',
      currency: ' usd ',
      category: '  ',
    });
    expect(result).toEqual({
      ok: true,
      value: { date: '2024-02-29', description: 'Café', amount: -1234, currency: 'USD' },
    });
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['an array', [valid()]],
    ['a number', 42],
  ])('refuses a body that is %s', (_label, body) => {
    expect(fieldsOf(body)).toEqual(['body']);
  });

  it('lists every problem at once, with readable messages', () => {
    const result = validateTransactionInput({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'date',
      'description',
      'amount',
      'currency',
    ]);
    for (const error of result.errors) expect(error.message).toMatch(/^[A-Z].+\.$/);
  });

  describe('date', () => {
    it.each(['2024-02-29', '2023-12-31', '1900-01-01', '2100-12-31', '2000-02-29'])(
      'accepts %s',
      (date) => expect(fieldsOf(withField('date', date))).toEqual([]),
    );
    it.each([
      ['a February 30th', '2024-02-30'],
      ['a non-leap February 29th', '2023-02-29'],
      ['1900, not a leap year', '1900-02-29'],
      ['month 13', '2024-13-01'],
      ['month 0', '2024-00-10'],
      ['day 0', '2024-01-00'],
      ['April 31st', '2024-04-31'],
      ['a time part', '2024-01-01T00:00:00Z'],
      ['slashes', '2024/01/01'],
      ['a short year', '24-01-01'],
      ['no padding', '2024-1-1'],
      ['before 1900', '1899-12-31'],
      ['after 2100', '2101-01-01'],
      ['an epoch number', 1704067200],
      ['empty', ''],
      ['null', null],
      ['Arabic-Indic digits', '٢٠٢٤-٠١-٠١'],
    ])('refuses %s', (_label, date) => {
      expect(fieldsOf(withField('date', date))).toEqual(['date']);
    });
    it('refuses a missing date', () => expect(fieldsOf(withoutField('date'))).toEqual(['date']));
  });

  describe('description', () => {
    it.each([
      ['one character', 'a'],
      ['200 characters', 'x'.repeat(200)],
      ['200 emoji (code points, not UTF-16 units)', '😀'.repeat(200)],
      ['right-to-left text', 'קניות בסופר'],
      ['Arabic', 'مشتريات البقالة'],
      ['an emoji ZWJ sequence', 'Family 👨‍👩‍👧'],
      ['markup, stored verbatim', '<img src=x onerror=alert(1)>'],
    ])('accepts %s', (_label, description) => {
      expect(fieldsOf(withField('description', description))).toEqual([]);
    });
    it.each([
      ['empty', ''],
      ['whitespace only', ' \t '.trim() + '   '],
      ['201 characters', 'x'.repeat(201)],
      ['201 emoji', '😀'.repeat(201)],
      ['a NUL', 'a\u0000b'],
      ['a line feed', 'a\nb'],
      ['a carriage return', 'a\rb'],
      ['a tab', 'a\tb'],
      ['DEL', 'a\u007Fb'],
      ['a C1 control', 'a\u0085b'],
      ['a right-to-left override', 'invoice\u202Efdp.exe'],
      ['a line separator', 'a\u2028b'],
      ['a lone surrogate', 'a\uD800b'],
      ['a number', 12],
      ['null', null],
    ])('refuses %s', (_label, description) => {
      expect(fieldsOf(withField('description', description))).toEqual(['description']);
    });
    it('counts length after trimming', () => {
      expect(fieldsOf(withField('description', `  ${'x'.repeat(200)}  `))).toEqual([]);
    });
  });

  describe('amount', () => {
    it.each([1, -1, 1_000_000_000_000, -1_000_000_000_000, 1234])('accepts %s', (amount) => {
      expect(fieldsOf(withField('amount', amount))).toEqual([]);
    });
    it.each([
      ['zero', 0],
      ['negative zero', -0],
      ['a fraction', 10.5],
      ['above 10^12', 1_000_000_000_001],
      ['below -10^12', -1_000_000_000_001],
      ['Infinity (1e400)', JSON.parse('1e400')],
      ['NaN', Number.NaN],
      ['beyond safe integers', JSON.parse('9007199254740993')],
      ['a decimal string', '10.00'],
      ['an integer string', '1000'],
      ['"NaN"', 'NaN'],
      ['null', null],
      ['an array', []],
      ['an object', {}],
      ['a boolean', true],
    ])('refuses %s', (_label, amount) => {
      expect(fieldsOf(withField('amount', amount))).toEqual(['amount']);
    });
  });

  describe('currency', () => {
    it.each(['USD', 'JPY', 'KWD', 'EUR', 'eur', 'XOF'])('accepts %s', (currency) => {
      expect(fieldsOf(withField('currency', currency))).toEqual([]);
    });
    it.each([
      ['US$', 'US$'],
      ['XXX (no currency)', 'XXX'],
      ['BTC', 'BTC'],
      ['two letters', 'US'],
      ['four letters', 'USDT'],
      ['a Cyrillic look-alike', 'UЅD'],
      ['a withdrawn code', 'HRK'],
      ['empty', ''],
      ['a number', 840],
    ])('refuses %s', (_label, currency) => {
      expect(fieldsOf(withField('currency', currency))).toEqual(['currency']);
    });
  });

  describe('category', () => {
    it.each([
      ['absent', undefined],
      ['null (no category)', null],
      ['50 characters', 'c'.repeat(50)],
      ['emoji', '🍕 Food'],
    ])('accepts %s', (_label, category) => {
      expect(fieldsOf(withField('category', category))).toEqual([]);
    });
    it.each([
      ['51 characters', 'c'.repeat(51)],
      ['a control character', 'a\u0007'],
      ['a number', 5],
      ['an object', { name: 'x' }],
    ])('refuses %s', (_label, category) => {
      expect(fieldsOf(withField('category', category))).toEqual(['category']);
    });
  });

  describe('unknown and hostile fields', () => {
    it.each(['id', 'userId', 'ownerId', 'sub', 'pk', 'sk', 'createdAt', 'updatedAt', 'version'])(
      'refuses mass assignment of %s',
      (field) => expect(fieldsOf(withField(field, 'x'))).toEqual([field]),
    );
    it('lists every unknown field', () => {
      expect(fieldsOf({ ...valid(), a: 1, b: 2 })).toEqual(['a', 'b']);
    });
    it.each([
      ['__proto__', '{"__proto__":{"isAdmin":true}}'],
      ['constructor', '{"constructor":{"prototype":{"isAdmin":true}}}'],
    ])('refuses a %s key without polluting anything', (key, json) => {
      const hostile = { ...valid(), ...JSON.parse(json) };
      const result = validateTransactionInput(hostile);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual([key]);
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    });
    it('never reads a value from the prototype chain', () => {
      const body = Object.create({ amount: 5 }) as Record<string, unknown>;
      Object.assign(body, withoutField('amount'));
      expect(fieldsOf(body)).toEqual(['amount']);
    });
    it('shortens and neutralises an echoed hostile key', () => {
      const result = validateTransactionInput({ ...valid(), ['k\u0000'.repeat(100)]: 1 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.field).toMatch(/^(k\?)+k?…$/);
    });
  });
});

describe('validateTransactionReplacement', () => {
  it('accepts the editable fields with a version', () => {
    expect(validateTransactionReplacement({ ...valid(), version: 3 })).toEqual({
      ok: true,
      value: { ...valid(), version: 3 },
    });
  });
  it.each([
    ['missing', undefined],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 1.5],
    ['a string', '2'],
  ])('refuses a version that is %s', (_label, version) => {
    const result = validateTransactionReplacement({ ...valid(), version });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['version']);
  });
  it('refuses id and createdAt on PUT too', () => {
    const result = validateTransactionReplacement({
      ...valid(),
      version: 1,
      id: 'x',
      createdAt: 'y',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['id', 'createdAt']);
  });
});
