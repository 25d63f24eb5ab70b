// The idempotency part of the TransactionStore contract: a record commits with its item or not
// at all, is live until `expiresAt`, and belongs to one owner.

import { describe, expect, it } from 'vitest';
import type { IdempotencyWrite } from '../transaction-store';
import type { ContractContext } from './fixtures';
import { buildTransaction, expectStoreError, totalOf } from './fixtures';

const storedAt = 1_800_000_000;

function record(key: string, overrides: Partial<IdempotencyWrite> = {}): IdempotencyWrite {
  return {
    key,
    requestHash: `hash-of-${key}`,
    status: 201,
    body: '{"id":"first"}',
    storedAt,
    expiresAt: storedAt + 100,
    ...overrides,
  };
}

export function describeIdempotencyContract({ store, newOwner }: ContractContext): void {
  describe('idempotency records', () => {
    it('finds the record written with the item while it lives, and not from its expiry on', async () => {
      const owner = newOwner();
      await store().create(owner, buildTransaction(), record('k-1'));
      const live = { requestHash: 'hash-of-k-1', status: 201, body: '{"id":"first"}' };
      expect(await store().findIdempotencyRecord(owner, 'k-1', storedAt + 99)).toEqual(live);
      expect(await store().findIdempotencyRecord(owner, 'k-1', storedAt + 100)).toBeUndefined();
      expect(await store().findIdempotencyRecord(owner, 'k-2', storedAt)).toBeUndefined();
    });

    it('refuses a live key with IdempotencyKeyTakenError and writes nothing of the second create', async () => {
      const owner = newOwner();
      await store().create(owner, buildTransaction({ amount: 100 }), record('k-1'));
      const second = buildTransaction({ amount: 900 });
      const again = record('k-1', { requestHash: 'other', storedAt: storedAt + 50 });
      await expectStoreError(store().create(owner, second, again), 'idempotency-key-taken');
      expect(await store().get(owner, second.id)).toBeUndefined();
      expect(await totalOf(store(), owner, 'EUR')).toMatchObject({ income: 100, count: 1 });
      expect(await store().findIdempotencyRecord(owner, 'k-1', storedAt)).toMatchObject({
        requestHash: 'hash-of-k-1',
      });
    });

    it('lets a create replace an expired record that is still stored', async () => {
      const owner = newOwner();
      await store().create(owner, buildTransaction(), record('k-1'));
      const later = storedAt + 100;
      const fresh = record('k-1', { requestHash: 'new', storedAt: later, expiresAt: later + 100 });
      await store().create(owner, buildTransaction(), fresh);
      expect(await store().findIdempotencyRecord(owner, 'k-1', later)).toMatchObject({
        requestHash: 'new',
      });
    });

    it('keeps keys apart between owners', async () => {
      const [a, b] = [newOwner(), newOwner()];
      await store().create(a, buildTransaction(), record('shared'));
      expect(await store().findIdempotencyRecord(b, 'shared', storedAt)).toBeUndefined();
      await store().create(b, buildTransaction(), record('shared', { requestHash: 'b' }));
      expect(await store().findIdempotencyRecord(a, 'shared', storedAt)).toMatchObject({
        requestHash: 'hash-of-shared',
      });
    });

    it('stores no record when the create is refused for another reason', async () => {
      const owner = newOwner();
      await store().create(owner, buildTransaction({ amount: Number.MAX_SAFE_INTEGER }));
      const refused = store().create(owner, buildTransaction({ amount: 1 }), record('k-1'));
      await expectStoreError(refused, 'total-limit-exceeded');
      expect(await store().findIdempotencyRecord(owner, 'k-1', storedAt)).toBeUndefined();
    });
  });
}
