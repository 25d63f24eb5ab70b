import { describe, expect, it } from 'vitest';
import {
  filterParams,
  isInDateRange,
  listQueryString,
  parseListQuery,
  parseSummaryQuery,
  parseTransactionFilters,
  queryValuesOf,
  searchTextOf,
  summaryQueryString,
} from './transaction-filters';

const fieldsOf = (result: { ok: boolean; errors?: readonly { field: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((error) => error.field);

describe('parseListQuery', () => {
  it('reads every filter, the limit and the cursor', () => {
    const result = parseListQuery(
      queryValuesOf(
        'from=2024-01-01&to=2024-01-31&category=%20Food%20&kind=expense&q=Caf%C3%A9&limit=10&cursor=abc',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        filters: {
          from: '2024-01-01',
          to: '2024-01-31',
          category: 'Food',
          kind: 'expense',
          q: 'Café',
        },
        limit: 10,
        cursor: 'abc',
      },
    });
  });

  it('defaults to 25 unfiltered rows and treats empty values as absent', () => {
    expect(parseListQuery(queryValuesOf('from=&to=&category=&kind=&q=%20&limit=&cursor='))).toEqual(
      { ok: true, value: { filters: {}, limit: 25 } },
    );
    expect(parseListQuery({})).toEqual({ ok: true, value: { filters: {}, limit: 25 } });
  });

  it('ignores parameters it does not know, as before', () => {
    expect(parseListQuery(queryValuesOf('userId=someone-else&owner=x'))).toEqual({
      ok: true,
      value: { filters: {}, limit: 25 },
    });
  });

  it.each([
    ['from=2024-13-01', 'from'],
    ['from=2024-02-30', 'from'],
    ['to=24-01-01', 'to'],
    ['from=1899-12-31', 'from'],
    ['to=2101-01-01', 'to'],
    ['from=2024-02-01&to=2024-01-31', 'to'],
    ['from=2024-01-01%0A', 'from'],
    ['kind=Income', 'kind'],
    ['kind=refund', 'kind'],
    [`q=${'x'.repeat(101)}`, 'q'],
    [`category=${'c'.repeat(51)}`, 'category'],
    ['q=a%00b', 'q'],
    ['q=%E2%80%AEgnp.exe', 'q'],
    ['category=line%0Abreak', 'category'],
    [`q=${'x'.repeat(5000)}`, 'q'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1e2', 'limit'],
    ['limit=-1', 'limit'],
    ['from=2024-01-01&from=2024-02-01', 'from'],
    ['kind=income&kind=income', 'kind'],
    ['q=a&q=b', 'q'],
    ['limit=5&limit=6', 'limit'],
    ['cursor=a&cursor=b', 'cursor'],
  ])('refuses %s naming the field %s', (search, field) => {
    const result = parseListQuery(queryValuesOf(search));
    expect(result.ok).toBe(false);
    expect(fieldsOf(result)).toEqual([field]);
  });

  it('reports every bad field at once', () => {
    const result = parseListQuery(queryValuesOf('from=x&to=y&kind=z&limit=0'));
    expect(fieldsOf(result)).toEqual(['from', 'to', 'kind', 'limit']);
  });

  it('does not let a __proto__ parameter reach the prototype', () => {
    const values = queryValuesOf('__proto__=x&constructor=y&kind=income');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(parseListQuery(values)).toEqual({
      ok: true,
      value: { filters: { kind: 'income' }, limit: 25 },
    });
  });

  it('keeps echoed values short and printable', () => {
    const result = parseListQuery(queryValuesOf(`kind=${'\u0007'.repeat(3)}${'k'.repeat(80)}`));
    const message = result.ok ? '' : (result.errors[0]?.message ?? '');
    expect(message).not.toContain('\u0007');
    expect(message.length).toBeLessThan(120);
  });
});

describe('parseSummaryQuery', () => {
  it('defaults to groupBy=currency over everything', () => {
    expect(parseSummaryQuery({})).toEqual({ ok: true, value: { groupBy: 'currency' } });
  });

  it.each(['currency', 'month', 'category'] as const)(
    'accepts groupBy=%s with a range',
    (groupBy) => {
      expect(
        parseSummaryQuery(queryValuesOf(`groupBy=${groupBy}&from=2024-01-01&to=2024-12-31`)),
      ).toEqual({
        ok: true,
        value: { groupBy, from: '2024-01-01', to: '2024-12-31' },
      });
    },
  );

  it.each([
    ['groupBy=week', 'groupBy'],
    ['groupBy=Month', 'groupBy'],
    ['groupBy=month&groupBy=category', 'groupBy'],
    ['from=2024-03-01&to=2024-02-01', 'to'],
    ['from=yesterday', 'from'],
  ])('refuses %s naming %s', (search, field) => {
    expect(fieldsOf(parseSummaryQuery(queryValuesOf(search)))).toEqual([field]);
  });
});

describe('query strings', () => {
  it('writes what the parser reads back, leaving out empty and default values', () => {
    const filters = {
      from: '2024-01-01',
      to: '2024-01-31',
      category: 'Food & drink',
      kind: 'income',
      q: 'a+b',
    } as const;
    const written = listQueryString({ filters, limit: 10, cursor: 'c' });
    expect(parseListQuery(queryValuesOf(written))).toEqual({
      ok: true,
      value: { filters, limit: 10, cursor: 'c' },
    });
    expect(listQueryString({ filters: { q: '' } })).toBe('');
    expect(summaryQueryString({ groupBy: 'currency' })).toBe('');
    expect(summaryQueryString({ groupBy: 'month', from: '2024-01-01' })).toBe(
      'from=2024-01-01&groupBy=month',
    );
    expect(parseTransactionFilters(queryValuesOf(filterParams(filters)))).toEqual({
      ok: true,
      value: filters,
    });
  });
});

describe('helpers', () => {
  it('compares dates inclusively at both ends', () => {
    const range = { from: '2024-01-01', to: '2024-01-31' };
    expect(
      ['2023-12-31', '2024-01-01', '2024-01-31', '2024-02-01'].map((d) => isInDateRange(d, range)),
    ).toEqual([false, true, true, false]);
    expect(isInDateRange('1900-01-01', {})).toBe(true);
  });

  it('folds case and normalisation for search', () => {
    expect(searchTextOf('CAFE\u0301 Straße')).toBe(searchTextOf('Café straße'));
  });
});
