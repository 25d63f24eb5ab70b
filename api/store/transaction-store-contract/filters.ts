// The filtered-list part of the TransactionStore contract: every filter, and the paging rule
// with filters: `limit` and the cursor mean what they mean without filters, a page is never
// short while more matches exist, unless the read budget ran out, and then it says so with a
// cursor that continues where reading stopped.

import { describe, expect, it } from 'vitest';
import type { Transaction, TransactionFilters } from '../../../contract/transaction';
import type { ListReadBudget, TransactionStore } from '../transaction-store';
import type { ContractContext } from './fixtures';
import { buildTransaction, expectStoreError } from './fixtures';

/** Every page of `owner`'s list under `filters`, following cursors (at most `maxPages`). */
export async function allPages(
  store: TransactionStore,
  owner: string,
  limit: number,
  filters: TransactionFilters,
  maxPages = 100,
) {
  const pages: { items: readonly Transaction[]; nextCursor?: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(owner, limit, cursor, filters);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < maxPages);
  return pages;
}

const newestFirst = (a: Transaction, b: Transaction) =>
  a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1;

export function describeFilterContract(
  { store, newOwner, created }: ContractContext,
  /** A store on the same backing whose filtered list reads within `budget`. */
  withBudget: (budget: ListReadBudget) => TransactionStore,
): void {
  describe('list with filters', () => {
    async function seeded() {
      const owner = newOwner();
      const rows = [
        { date: '2024-01-31', description: 'Café Crème', amount: -450, category: 'Food' },
        { date: '2024-02-01', description: 'Salary February', amount: 250_000 },
        { date: '2024-02-14', description: 'CAFÉ DU MONDE', amount: -1200, category: 'Food' },
        { date: '2024-02-29', description: '김밥천국 점심', amount: -8000, category: 'food' },
        { date: '2024-03-01', description: 'Refund café', amount: 450, category: 'Food' },
      ];
      const stored = [];
      for (const row of rows) stored.push(await created(owner, row));
      return { owner, stored };
    }

    it.each<[string, TransactionFilters, number[]]>([
      ['from and to, inclusive at both ends', { from: '2024-02-01', to: '2024-02-29' }, [3, 2, 1]],
      ['from alone', { from: '2024-02-29' }, [4, 3]],
      ['to alone', { to: '2024-02-01' }, [1, 0]],
      ['a one-day range', { from: '2024-02-14', to: '2024-02-14' }, [2]],
      ['a range with nothing in it', { from: '2025-01-01', to: '2025-12-31' }, []],
      ['category, exactly (case counts)', { category: 'Food' }, [4, 2, 0]],
      ['kind income', { kind: 'income' }, [4, 1]],
      ['kind expense', { kind: 'expense' }, [3, 2, 0]],
      ['q ignoring case and accents written alike', { q: 'café' }, [4, 2, 0]],
      ['q in upper case', { q: 'CAFÉ' }, [4, 2, 0]],
      ['q in Korean', { q: '김밥' }, [3]],
      ['q that matches nothing', { q: 'zzz' }, []],
      [
        'everything at once',
        { from: '2024-02-01', to: '2024-03-31', category: 'Food', kind: 'expense', q: 'Monde' },
        [2],
      ],
    ])('filters by %s', async (_label, filters, expected) => {
      const { owner, stored } = await seeded();
      const pages = await allPages(store(), owner, 100, filters);
      expect(pages).toHaveLength(1);
      expect(pages[0]?.items).toEqual(expected.map((i) => stored[i]));
    });

    it('never shows another owner’s matches', async () => {
      const { owner } = await seeded();
      await created(newOwner(), { description: 'Café elsewhere' });
      const items = (await allPages(store(), owner, 100, { q: 'elsewhere' })).flatMap(
        (p) => p.items,
      );
      expect(items).toEqual([]);
    });

    it('fills every page while sparse matches are spread over many pages', async () => {
      // Small reads (10 × 5 items), so one page takes several rounds to fill.
      const small = withBudget({ maxReads: 10, itemsPerRead: 5 });
      const owner = newOwner();
      const matches: Transaction[] = [];
      for (let i = 0; i < 60; i++) {
        const rare = i % 9 === 4;
        const t = buildTransaction({
          date: `2024-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`,
          category: rare ? 'Rare' : 'Common',
        });
        await small.create(owner, t);
        if (rare) matches.push(t);
      }
      const pages = await allPages(small, owner, 2, { category: 'Rare' });
      const seen = pages.flatMap((page) => page.items);
      expect(seen).toEqual([...matches].sort(newestFirst));
      // Full pages while more exist; only the last page may be short, and it has no cursor.
      for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(2);
      expect(pages.at(-1)?.nextCursor).toBeUndefined();
      expect(pages).toHaveLength(Math.ceil(matches.length / 2));
    });

    it('pages a date range exactly as an unfiltered list pages its part', async () => {
      const owner = newOwner();
      const inside: Transaction[] = [];
      for (let i = 0; i < 14; i++) {
        const date = `2024-0${1 + (i % 3)}-15`;
        const t = await created(owner, { date });
        if (date !== '2024-01-15') inside.push(t);
      }
      const pages = await allPages(store(), owner, 3, { from: '2024-02-01', to: '2024-03-31' });
      expect(pages.flatMap((page) => page.items)).toEqual([...inside].sort(newestFirst));
      for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(3);
    });

    it('ends a page early, with a cursor, when the read budget runs out, and loses nothing', async () => {
      const tight = withBudget({ maxReads: 2, itemsPerRead: 5 });
      const owner = newOwner();
      const all: Transaction[] = [];
      for (let i = 0; i < 30; i++) {
        const t = buildTransaction({
          date: `2024-05-${String(30 - i).padStart(2, '0')}`,
          category: [0, 25, 27].includes(i) ? 'Rare' : 'Common',
        });
        await tight.create(owner, t);
        all.push(t);
      }
      const expected = all.filter((t) => t.category === 'Rare');
      // 2 reads × 5 items: the first page sees items 0–9 only, so it holds one match.
      const first = await tight.list(owner, 5, undefined, { category: 'Rare' });
      expect(first.items).toEqual([expected[0]]);
      expect(first.nextCursor).toEqual(expect.any(String));
      // Items 10–19 hold no match: the bound forces an empty page, and it carries a cursor.
      const second = await tight.list(owner, 5, first.nextCursor, { category: 'Rare' });
      expect(second).toEqual({ items: [], nextCursor: expect.any(String) });
      const pages = await allPages(tight, owner, 5, { category: 'Rare' });
      expect(pages.flatMap((page) => page.items)).toEqual(expected);
      // Each request examines 10 items: 30 items take 3 pages, plus at most one empty last one.
      expect(pages.length).toBeLessThanOrEqual(4);
    });

    it('refuses a cursor from outside the date range with InvalidCursorError', async () => {
      const owner = newOwner();
      for (let i = 0; i < 3; i++) await created(owner, { date: '2024-06-10' });
      const cursor = (await store().list(owner, 1)).nextCursor;
      await expectStoreError(
        store().list(owner, 1, cursor, { from: '2024-07-01' }),
        'invalid-cursor',
      );
      await expectStoreError(
        store().list(owner, 1, cursor, { to: '2024-06-09' }),
        'invalid-cursor',
      );
      expect(
        (await store().list(owner, 5, cursor, { from: '2024-06-10', to: '2024-06-10' })).items,
      ).toHaveLength(2);
    });
  });
}
