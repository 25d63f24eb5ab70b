// The totals part of the TransactionStore contract: exact per-currency sums, and the
// safe-integer ceiling that keeps every total readable exactly by a JSON client.

import { describe, expect, it } from 'vitest';
import type { ContractContext } from './fixtures';
import { buildTransaction, expectStoreError, replacementOf, totalOf } from './fixtures';

const max = Number.MAX_SAFE_INTEGER;

export function describeTotalsContract({ store, newOwner }: ContractContext): void {
  describe('totals', () => {
    it('sums income, expense, net and count per currency, sorted by currency', async () => {
      const owner = newOwner();
      for (const [amount, currency] of [
        [1000, 'USD'],
        [-300, 'USD'],
        [-42, 'JPY'],
        [7, 'KWD'],
      ] as const) {
        await store().create(owner, buildTransaction({ amount, currency }));
      }
      expect(await store().summary(owner)).toEqual({
        totals: [
          { currency: 'JPY', income: 0, expense: 42, net: -42, count: 1 },
          { currency: 'KWD', income: 7, expense: 0, net: 7, count: 1 },
          { currency: 'USD', income: 1000, expense: 300, net: 700, count: 2 },
        ],
      });
      expect(await store().summary(newOwner())).toEqual({ totals: [] });
    });

    describe.each([
      ['income', 1],
      ['expense', -1],
    ] as const)('the %s ceiling', (side, sign) => {
      it('refuses a create past MAX_SAFE_INTEGER with TotalLimitExceededError, storing nothing', async () => {
        const owner = newOwner();
        await store().create(owner, buildTransaction({ amount: sign * (max - 10) }));
        const over = buildTransaction({ amount: sign * 11 });
        await expectStoreError(store().create(owner, over), 'total-limit-exceeded');
        expect(await store().get(owner, over.id)).toBeUndefined();
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ [side]: max - 10, count: 1 });
        await store().create(owner, buildTransaction({ amount: sign * 10 }));
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ [side]: max, count: 2 });
      });

      it('refuses a replace past MAX_SAFE_INTEGER and keeps the stored transaction', async () => {
        const owner = newOwner();
        await store().create(owner, buildTransaction({ amount: sign * (max - 10) }));
        const small = buildTransaction({ amount: sign * 5 });
        await store().create(owner, small);
        const raise = replacementOf(small, { amount: sign * 11 });
        await expectStoreError(
          store().replace(owner, small.id, raise, 'x'),
          'total-limit-exceeded',
        );
        expect(await store().get(owner, small.id)).toEqual(small);
        const fits = replacementOf(small, { amount: sign * 10 });
        await expect(store().replace(owner, small.id, fits, 'x')).resolves.toMatchObject({
          version: 2,
        });
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ [side]: max, count: 2 });
      });
    });

    it('checks the ceiling in the new currency when a replace moves currencies', async () => {
      const owner = newOwner();
      await store().create(owner, buildTransaction({ amount: max - 1, currency: 'USD' }));
      const moving = buildTransaction({ amount: 2, currency: 'EUR' });
      await store().create(owner, moving);
      await expectStoreError(
        store().replace(owner, moving.id, replacementOf(moving, { currency: 'USD' }), 'x'),
        'total-limit-exceeded',
      );
      expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ income: 2, count: 1 });
      expect(await totalOf(store(), owner, 'USD')).toMatchObject({ income: max - 1, count: 1 });
    });
  });
}
