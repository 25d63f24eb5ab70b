// The behaviour every TransactionStore must have, as one suite that each implementation runs:
// the in-memory store in unit-node (api/testing/in-memory-transaction-store.test.ts) and the
// DynamoDB store on DynamoDB Local (tests/integration/api-store-contract.test.ts). Where they
// differ, the in-memory store is the one to fix: the DynamoDB store is what users get.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from '../../contract/transaction';
import { TransactionStoreError } from './store-errors';
import type { ListReadBudget, TransactionStore } from './transaction-store';
import { describeFilterContract } from './transaction-store-contract/filters';
import { describeSummaryContract } from './transaction-store-contract/summary';
import type { ContractContext } from './transaction-store-contract/fixtures';
import {
  buildTransaction,
  expectStoreError,
  replacementOf,
  totalOf,
} from './transaction-store-contract/fixtures';
import { describeIdempotencyContract } from './transaction-store-contract/idempotency';
import { describeListContract } from './transaction-store-contract/list';
import { describeTotalsContract } from './transaction-store-contract/totals';

export interface StoreUnderTest {
  readonly store: TransactionStore;
  /** Another store on the same backing, reading filtered lists within `listBudget`. */
  withListBudget(listBudget: ListReadBudget): TransactionStore;
  close?(): Promise<void>;
}

/** Runs the TransactionStore contract against the store `open` makes (once for the suite). */
export function describeTransactionStore(
  name: string,
  open: () => Promise<StoreUnderTest> | StoreUnderTest,
): void {
  describe(`TransactionStore contract: ${name}`, () => {
    let subject: StoreUnderTest | undefined;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });
    // Every test works as an owner of its own, so one store (one table) serves the suite.
    const context: ContractContext = {
      store: () => {
        if (!subject) throw new Error('store not opened');
        return subject.store;
      },
      newOwner: () => `owner-${randomUUID()}`,
      async created(owner, overrides = {}) {
        const transaction = buildTransaction(overrides);
        await context.store().create(owner, transaction);
        return transaction;
      },
    };
    const { store, newOwner, created } = context;

    describe('create and get', () => {
      it('reads back exactly what was stored', async () => {
        const owner = newOwner();
        const stored = await created(owner, { description: 'Café 😀 קפה', category: 'Food' });
        expect(await store().get(owner, stored.id)).toEqual(stored);
      });

      it('answers undefined for a missing id and for another owner’s id', async () => {
        const owner = newOwner();
        const stored = await created(owner);
        expect(await store().get(owner, buildTransaction().id)).toBeUndefined();
        expect(await store().get(newOwner(), stored.id)).toBeUndefined();
      });

      it('refuses an id that exists as a bug, not as a domain error, and changes nothing', async () => {
        const owner = newOwner();
        const stored = await created(owner, { amount: 100 });
        const error = await store()
          .create(owner, { ...stored, amount: 900 })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(TransactionStoreError);
        expect(await store().get(owner, stored.id)).toEqual(stored);
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ income: 100, count: 1 });
      });
    });

    describe('replace', () => {
      it('replaces the editable fields, bumps the version, keeps id and createdAt', async () => {
        const owner = newOwner();
        const stored = await created(owner, { category: 'Food' });
        const next = await store().replace(
          owner,
          stored.id,
          replacementOf(stored, { description: 'Dinner', amount: -4200, category: undefined }),
          '2024-06-01T00:00:00.000Z',
        );
        // PUT replaces: an absent category removes the stored one.
        expect(next).toStrictEqual({
          id: stored.id,
          date: stored.date,
          currency: stored.currency,
          createdAt: stored.createdAt,
          description: 'Dinner',
          amount: -4200,
          updatedAt: '2024-06-01T00:00:00.000Z',
          version: 2,
        });
        expect(await store().get(owner, stored.id)).toEqual(next);
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ expense: 4200, count: 1 });
      });

      it('refuses a stale version with VersionConflictError and keeps the stored one', async () => {
        const owner = newOwner();
        const stored = await created(owner);
        const current = await store().replace(owner, stored.id, replacementOf(stored), 'later');
        await expectStoreError(
          store().replace(owner, stored.id, replacementOf(stored, { amount: 1 }), 'x'),
          'version-conflict',
        );
        expect(await store().get(owner, stored.id)).toEqual(current);
      });

      it('refuses a missing id and another owner’s id with TransactionNotFoundError', async () => {
        const owner = newOwner();
        const stored = await created(owner);
        const other = newOwner();
        await expectStoreError(
          store().replace(other, stored.id, replacementOf(stored), 'x'),
          'transaction-not-found',
        );
        const missing = buildTransaction();
        await expectStoreError(
          store().replace(owner, missing.id, replacementOf(missing), 'x'),
          'transaction-not-found',
        );
        expect(await store().get(owner, stored.id)).toEqual(stored);
      });

      it('lets exactly one of several concurrent replacements of one version win', async () => {
        const owner = newOwner();
        const stored = await created(owner);
        const outcomes = await Promise.all(
          Array.from({ length: 5 }, (_, i) =>
            store()
              .replace(owner, stored.id, replacementOf(stored, { amount: 1000 + i }), 'x')
              .then(
                (t) => t,
                (e: unknown) => (e as TransactionStoreError).kind,
              ),
          ),
        );
        const winners = outcomes.filter((o): o is Transaction => typeof o === 'object');
        expect(winners).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'version-conflict')).toHaveLength(4);
        expect(await totalOf(store(), owner, 'EUR')).toMatchObject({
          income: winners[0]?.amount,
          count: 1,
        });
      });

      it('moves the amount between totals when the currency changes', async () => {
        const owner = newOwner();
        const moved = await created(owner, { amount: -500 });
        await created(owner, { amount: 700 });
        await store().replace(
          owner,
          moved.id,
          replacementOf(moved, { currency: 'JPY', amount: -42 }),
          'x',
        );
        expect((await store().summary(owner)).totals).toEqual([
          { currency: 'EUR', income: 700, expense: 0, net: 700, count: 1 },
          { currency: 'JPY', income: 0, expense: 42, net: -42, count: 1 },
        ]);
      });
    });

    describe('remove', () => {
      it('deletes, takes the item out of its total, then answers TransactionNotFoundError', async () => {
        const owner = newOwner();
        const keep = await created(owner, { amount: 1000 });
        const gone = await created(owner, { amount: -250 });
        await store().remove(owner, gone.id);
        expect(await store().get(owner, gone.id)).toBeUndefined();
        expect((await store().summary(owner)).totals).toEqual([
          { currency: 'EUR', income: 1000, expense: 0, net: 1000, count: 1 },
        ]);
        await expectStoreError(store().remove(owner, gone.id), 'transaction-not-found');
        await store().remove(owner, keep.id);
        // A currency whose last transaction went is no longer a total.
        expect(await store().summary(owner)).toEqual({ totals: [] });
      });

      it('never deletes another owner’s transaction', async () => {
        const owner = newOwner();
        const stored = await created(owner);
        await expectStoreError(store().remove(newOwner(), stored.id), 'transaction-not-found');
        expect(await store().get(owner, stored.id)).toEqual(stored);
      });
    });

    describeListContract(context);
    describeFilterContract(context, (budget) => {
      if (!subject) throw new Error('store not opened');
      return subject.withListBudget(budget);
    });
    describeSummaryContract(context);
    describeTotalsContract(context);
    describeIdempotencyContract(context);
  });
}
