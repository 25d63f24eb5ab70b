// The summary part of the TransactionStore contract: month totals kept exact through every
// write (also under concurrent writes), and the grouped summaries of a range built from them
// and from the items, within their bound.

import { describe, expect, it } from 'vitest';
import type { CurrencyTotal, SummaryGroupBy } from '../../../contract/transaction';
import type { DateRange } from '../transaction-store';
import { summariseTransactions } from '../summarise-transactions';
import type { ContractContext } from './fixtures';
import { expectStoreError, replacementOf } from './fixtures';

const total = (
  currency: string,
  income: number,
  expense: number,
  count: number,
): CurrencyTotal => ({
  currency,
  income,
  expense,
  net: income - expense,
  count,
});

export function describeSummaryContract({ store, newOwner, created }: ContractContext): void {
  describe('month totals', () => {
    it('follow creates, replaces (across months and currencies) and removes', async () => {
      const owner = newOwner();
      const a = await created(owner, { date: '2024-01-05', amount: 1000 });
      await created(owner, { date: '2024-01-20', amount: -300 });
      const c = await created(owner, { date: '2024-02-10', amount: -50 });
      await store().replace(
        owner,
        a.id,
        replacementOf(a, { date: '2024-02-01', amount: -70 }),
        'x',
      );
      await store().replace(owner, c.id, replacementOf(c, { currency: 'JPY', amount: -5 }), 'x');
      expect(await store().monthTotals(owner, {})).toEqual([
        { month: '2024-01', ...total('EUR', 0, 300, 1) },
        { month: '2024-02', ...total('EUR', 0, 70, 1) },
        { month: '2024-02', ...total('JPY', 0, 5, 1) },
      ]);
      await store().remove(owner, c.id);
      expect(
        await store().monthTotals(owner, { fromMonth: '2024-02', toMonth: '2024-02' }),
      ).toEqual([{ month: '2024-02', ...total('EUR', 0, 70, 1) }]);
      expect(await store().monthTotals(owner, { toMonth: '2023-12' })).toEqual([]);
    });

    it('stay exact under concurrent writes to the same month', async () => {
      const owner = newOwner();
      const amounts = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1000 + i : -(7 + i)));
      const stored = await Promise.all(
        amounts.map((amount) => created(owner, { date: '2024-04-15', amount })),
      );
      // Half of them go again, concurrently with more creates in the same month.
      await Promise.all([
        ...stored.slice(0, 8).map((t) => store().remove(owner, t.id)),
        ...[5, -5, 11, -11].map((amount) => created(owner, { date: '2024-04-01', amount })),
      ]);
      const kept = [...amounts.slice(8), 5, -5, 11, -11];
      const income = kept.filter((x) => x > 0).reduce((s, x) => s + x, 0);
      const expense = -kept.filter((x) => x < 0).reduce((s, x) => s + x, 0);
      const expected = total('EUR', income, expense, kept.length);
      expect(await store().monthTotals(owner, {})).toEqual([{ month: '2024-04', ...expected }]);
      expect((await store().summary(owner)).totals).toEqual([expected]);
    });
  });

  describe('summaries of a range', () => {
    async function seeded() {
      const owner = newOwner();
      for (const [date, amount, currency, category] of [
        ['2023-12-31', 999, 'EUR', 'Gift'],
        ['2024-01-01', 1000, 'EUR', undefined],
        ['2024-01-15', -200, 'EUR', 'Food'],
        ['2024-01-31', -30, 'USD', 'Food'],
        ['2024-02-10', -400, 'EUR', 'Rent'],
        ['2024-03-01', -5, 'EUR', 'Food'],
      ] as const) {
        await created(owner, { date, amount, currency, ...(category ? { category } : {}) });
      }
      return owner;
    }

    const summaryOfSeeded = async (groupBy: SummaryGroupBy, range: DateRange) =>
      summariseTransactions(store(), await seeded(), { groupBy, ...range });

    it('groups by month, with cut months counting only their part', async () => {
      const summary = await summaryOfSeeded('month', { from: '2024-01-10', to: '2024-03-01' });
      expect(summary).toEqual({
        groupBy: 'month',
        from: '2024-01-10',
        to: '2024-03-01',
        totals: [total('EUR', 0, 605, 3), total('USD', 0, 30, 1)],
        groups: [
          { key: '2024-01', totals: [total('EUR', 0, 200, 1), total('USD', 0, 30, 1)] },
          { key: '2024-02', totals: [total('EUR', 0, 400, 1)] },
          { key: '2024-03', totals: [total('EUR', 0, 5, 1)] },
        ],
      });
    });

    it.each([
      [
        'whole months',
        { from: '2024-01-01', to: '2024-02-29' },
        [total('EUR', 1000, 600, 3), total('USD', 0, 30, 1)],
      ],
      ['one cut month', { from: '2024-01-02', to: '2024-01-30' }, [total('EUR', 0, 200, 1)]],
      ['open start', { to: '2024-01-01' }, [total('EUR', 1999, 0, 2)]],
      ['open end', { from: '2024-02-01' }, [total('EUR', 0, 405, 2)]],
      ['nothing', { from: '2030-01-01', to: '2030-01-31' }, []],
    ])('sums per currency over %s', async (_label, range, totals) => {
      const summary = await summaryOfSeeded('currency', range);
      expect(summary).toEqual({
        groupBy: 'currency',
        ...range,
        totals,
        groups: totals.map((t) => ({ key: t.currency, totals: [t] })),
      });
    });

    it('groups by category from the items, "" for none', async () => {
      const summary = await summaryOfSeeded('category', { from: '2024-01-01', to: '2024-01-31' });
      expect(summary.groups).toEqual([
        { key: '', totals: [total('EUR', 1000, 0, 1)] },
        { key: 'Food', totals: [total('EUR', 0, 200, 1), total('USD', 0, 30, 1)] },
      ]);
      expect(summary.totals).toEqual([total('EUR', 1000, 200, 2), total('USD', 0, 30, 1)]);
    });

    it('keeps the plain summary as it was: per currency over everything', async () => {
      const owner = await seeded();
      const summary = await summariseTransactions(store(), owner, { groupBy: 'currency' });
      expect(summary.totals).toEqual((await store().summary(owner)).totals);
      expect(summary).not.toHaveProperty('from');
    });

    it('refuses with SummaryTooLargeError rather than add up more items than allowed', async () => {
      const owner = await seeded();
      const at = (query: Parameters<typeof summariseTransactions>[2], max: number) =>
        summariseTransactions(store(), owner, query, max);
      await expect(at({ groupBy: 'category' }, 6)).resolves.toMatchObject({ groupBy: 'category' });
      await expectStoreError(at({ groupBy: 'category' }, 5), 'summary-too-large');
      // Cut months read items too; whole months never do.
      await expectStoreError(at({ groupBy: 'month', from: '2024-01-02' }, 1), 'summary-too-large');
      await expect(at({ groupBy: 'month', from: '2024-01-01' }, 0)).resolves.toMatchObject({
        groups: [{ key: '2024-01' }, { key: '2024-02' }, { key: '2024-03' }],
      });
    });
  });
}
