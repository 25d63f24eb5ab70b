import { describe, expect, it } from 'vitest';
import { addMonths, isMonth, monthRange, monthsEndingWith } from './calendar-month';
import type { LedgerView } from './ledger-view';
import { filtersOf, ledgerViewQuery, parseLedgerView } from './ledger-view';

const parse = (query: string) => parseLedgerView(new URLSearchParams(query));

describe('parseLedgerView', () => {
  it.each<[string, LedgerView]>([
    ['month=2026-11', { period: { type: 'month', month: '2026-11' } }],
    [
      'from=2026-01-05&to=2026-02-01',
      { period: { type: 'range', from: '2026-01-05', to: '2026-02-01' } },
    ],
    ['from=2026-01-05', { period: { type: 'range', from: '2026-01-05' } }],
    [
      'category=Food&kind=expense&q=rent&currency=JPY',
      { period: { type: 'all' }, category: 'Food', kind: 'expense', q: 'rent', currency: 'JPY' },
    ],
  ])('reads %s', (query, view) => {
    expect(parse(query)).toEqual(view);
    expect(ledgerViewQuery(view).toString()).toBe(query);
  });

  it.each([
    ['a month that is not one', 'month=2026-13'],
    ['a month outside the accepted dates', 'month=1899-12'],
    ['a repeated parameter', 'kind=income&kind=expense'],
    ['a date that does not exist', 'from=2026-02-30'],
    ['a date in another format', 'to=01/02/2026'],
    ['an unknown kind', 'kind=both'],
    ['an empty search', 'q=%20%20'],
    ['a search with control characters', 'q=a%00b'],
    ['an oversized search', `q=${'x'.repeat(101)}`],
    ['an oversized category', `category=${'x'.repeat(51)}`],
    ['an unknown currency', 'currency=XXY'],
    ['a lower-case currency', 'currency=usd'],
    ['hostile markup', 'month=<script>&kind=<img>'],
  ])('falls back to the default for %s', (_name, query) => {
    expect(parse(query)).toEqual({ period: { type: 'all' } });
  });

  it('drops the end of a reversed range, as the API would refuse it', () => {
    expect(parse('from=2026-03-01&to=2026-02-01&q=tea')).toEqual({
      period: { type: 'range', from: '2026-03-01' },
      q: 'tea',
    });
  });

  it('prefers a valid month over a range, and trims text', () => {
    expect(parse('month=2026-02&from=2026-01-01&q=%20tea%20')).toEqual({
      period: { type: 'month', month: '2026-02' },
      q: 'tea',
    });
  });

  it('turns a month into its first and last day for the API', () => {
    expect(filtersOf(parse('month=2024-02&kind=income'))).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
      kind: 'income',
    });
    expect(filtersOf(parse('currency=EUR'))).toEqual({});
  });
});

describe('calendar months', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(monthsEndingWith('2026-03', 4)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('knows how long months are', () => {
    expect(monthRange('2023-02').to).toBe('2023-02-28');
    expect(monthRange('2024-02').to).toBe('2024-02-29');
    expect(isMonth('2100-12')).toBe(true);
    expect(isMonth('2101-01')).toBe(false);
  });
});
