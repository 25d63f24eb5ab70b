// Builders and expectations shared by the parts of the TransactionStore contract suite.

import { monotonicFactory } from 'ulid';
import { expect } from 'vitest';
import type {
  CurrencyTotal,
  Transaction,
  TransactionReplacement,
} from '../../../contract/transaction';
import type { StoreErrorKind } from '../store-errors';
import { TransactionStoreError } from '../store-errors';
import type { TransactionStore } from '../transaction-store';

/** What each part of the suite gets: the store under test and fresh owners. */
export interface ContractContext {
  readonly store: () => TransactionStore;
  /** An owner no other test uses, so tests share one store without seeing each other. */
  readonly newOwner: () => string;
  /** Stores buildTransaction(overrides) for `owner` and returns it. */
  readonly created: (owner: string, overrides?: Partial<Transaction>) => Promise<Transaction>;
}

const ulid = monotonicFactory();

/** A valid transaction with a fresh id; ids rise with each call (creation order). */
export function buildTransaction(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: ulid(),
    date: '2024-03-01',
    description: 'Salary',
    amount: 250_000,
    currency: 'EUR',
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A replacement of `current` at its version, with `overrides` applied. */
export function replacementOf(
  current: Transaction,
  overrides: Partial<TransactionReplacement> = {},
): TransactionReplacement {
  const { date, description, amount, currency, category, version } = current;
  return { date, description, amount, currency, category, version, ...overrides };
}

/** `owner`'s total for `currency`, if the summary has one. */
export async function totalOf(
  store: TransactionStore,
  owner: string,
  currency: string,
): Promise<CurrencyTotal | undefined> {
  return (await store.summary(owner)).totals.find((total) => total.currency === currency);
}

/** Expects `promise` to reject with the store's domain error of `kind`. */
export async function expectStoreError(
  promise: Promise<unknown>,
  kind: StoreErrorKind,
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransactionStoreError);
  expect((error as TransactionStoreError).kind).toBe(kind);
}
