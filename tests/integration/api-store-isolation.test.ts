// Two users on one real DynamoDB Local, through the real handler: each sees, changes and
// deletes only their own data; versions guard replacements; totals follow every write.

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction, TransactionSummary } from '../../contract/transaction';
import type { ApiHarness } from './api-store-harness';
import { startApiHarness } from './api-store-harness';

const alice = '11111111-aaaa-4aaa-8aaa-111111111111';
const bob = '22222222-bbbb-4bbb-8bbb-222222222222';

const input = (overrides: Record<string, unknown> = {}) => ({
  date: '2024-03-01',
  description: 'Salary',
  amount: 250_000,
  currency: 'EUR',
  ...overrides,
});

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

async function create(sub: string, overrides: Record<string, unknown> = {}): Promise<Transaction> {
  const response = await api.call(sub, 'POST', '/transactions', { body: input(overrides) });
  expect(response.status).toBe(201);
  return response.json as Transaction;
}

async function summary(sub: string): Promise<TransactionSummary> {
  const response = await api.call(sub, 'GET', '/transactions/summary');
  expect(response.status).toBe(200);
  return response.json as TransactionSummary;
}

describe('the transactions API on DynamoDB Local', () => {
  it('creates and reads back a transaction exactly (read-after-write)', async () => {
    const created = await create(alice, { description: 'Café 😀 קפה', category: 'Food' });
    expect(created).toMatchObject({ ...input(), description: 'Café 😀 קפה', version: 1 });
    const read = await api.call(alice, 'GET', '/transactions/{id}', { id: created.id });
    expect(read).toMatchObject({ status: 200, json: created });
  });

  describe('between two users', () => {
    let bobs: Transaction;
    beforeAll(async () => {
      bobs = await create(bob, { description: "Bob's rent", amount: -90_000 });
    });

    it('never shows one user the other user’s transaction (404, like a missing id)', async () => {
      const foreign = await api.call(alice, 'GET', '/transactions/{id}', { id: bobs.id });
      const missing = await api.call(alice, 'GET', '/transactions/{id}', {
        id: '01J00000000000000000000000',
      });
      expect(foreign.status).toBe(404);
      expect(foreign.json).toEqual(missing.json);
    });

    it('never lists the other user’s items, whatever the query says', async () => {
      const list = await api.call(alice, 'GET', '/transactions', {
        query: { userId: bob, owner: bob, limit: '100' },
      });
      expect(list.status).toBe(200);
      const ids = (list.json as { items: Transaction[] }).items.map((t) => t.id);
      expect(ids).not.toContain(bobs.id);
    });

    it('never lets one user replace or delete the other user’s transaction', async () => {
      const put = await api.call(alice, 'PUT', '/transactions/{id}', {
        id: bobs.id,
        body: { ...input({ description: 'hijacked' }), version: 1 },
      });
      const del = await api.call(alice, 'DELETE', '/transactions/{id}', { id: bobs.id });
      expect([put.status, del.status]).toEqual([404, 404]);
      const still = await api.call(bob, 'GET', '/transactions/{id}', { id: bobs.id });
      expect(still.json).toEqual(bobs);
    });

    it('keeps each user’s totals apart', async () => {
      const totals = (await summary(bob)).totals;
      expect(totals).toEqual([
        { currency: 'EUR', income: 0, expense: 90_000, net: -90_000, count: 1 },
      ]);
    });

    it('stores the owner from the token even when the body names someone else', async () => {
      const response = await api.call(alice, 'POST', '/transactions', {
        body: { ...input(), userId: bob },
      });
      expect(response.status).toBe(400);
      expect((await summary(bob)).totals[0]?.count).toBe(1);
    });
  });

  describe('replacing', () => {
    it('bumps the version and refuses a stale one with 409', async () => {
      const sub = 'c0000000-0000-4000-8000-00000000000c';
      const created = await create(sub);
      const first = await api.call(sub, 'PUT', '/transactions/{id}', {
        id: created.id,
        body: { ...input({ amount: 300_000 }), version: 1 },
      });
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        amount: 300_000,
        version: 2,
        createdAt: created.createdAt,
      });
      const stale = await api.call(sub, 'PUT', '/transactions/{id}', {
        id: created.id,
        body: { ...input({ amount: 1 }), version: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.json).toMatchObject({ error: { code: 'version_conflict' } });
      expect((await summary(sub)).totals).toEqual([
        { currency: 'EUR', income: 300_000, expense: 0, net: 300_000, count: 1 },
      ]);
    });

    it('lets exactly one of several concurrent replacements of one version win', async () => {
      const sub = 'd0000000-0000-4000-8000-00000000000d';
      const created = await create(sub);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          api.call(sub, 'PUT', '/transactions/{id}', {
            id: created.id,
            body: { ...input({ amount: 1000 + i }), version: 1 },
          }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      const winner = results.find((r) => r.status === 200)?.json as Transaction;
      const stored = await api.call(sub, 'GET', '/transactions/{id}', { id: created.id });
      expect(stored.json).toEqual(winner);
      expect((await summary(sub)).totals[0]).toMatchObject({ income: winner.amount, count: 1 });
    });

    it('moves the amount between totals when the currency changes', async () => {
      const sub = 'e0000000-0000-4000-8000-00000000000e';
      const created = await create(sub, { amount: -500 });
      await create(sub, { amount: 700 });
      const moved = await api.call(sub, 'PUT', '/transactions/{id}', {
        id: created.id,
        body: { ...input({ amount: -42, currency: 'JPY' }), version: 1 },
      });
      expect(moved.status).toBe(200);
      expect((await summary(sub)).totals).toEqual([
        { currency: 'EUR', income: 700, expense: 0, net: 700, count: 1 },
        { currency: 'JPY', income: 0, expense: 42, net: -42, count: 1 },
      ]);
    });
  });

  describe('deleting', () => {
    it('answers 204, removes the item from totals, then 404', async () => {
      const sub = 'f0000000-0000-4000-8000-00000000000f';
      const keep = await create(sub, { amount: 1_000 });
      const gone = await create(sub, { amount: -250 });
      const first = await api.call(sub, 'DELETE', '/transactions/{id}', { id: gone.id });
      expect(first.status).toBe(204);
      expect((await summary(sub)).totals).toEqual([
        { currency: 'EUR', income: 1_000, expense: 0, net: 1_000, count: 1 },
      ]);
      const again = await api.call(sub, 'DELETE', '/transactions/{id}', { id: gone.id });
      expect(again.status).toBe(404);
      await api.call(sub, 'DELETE', '/transactions/{id}', { id: keep.id });
      expect((await summary(sub)).totals).toEqual([]);
    });
  });

  describe('totals ceiling', () => {
    it('refuses with 422 a create that would push a total past a safe integer, storing nothing', async () => {
      const sub = '90000000-0000-4000-8000-000000000009';
      await api.documentClient.send(
        new PutCommand({
          TableName: api.tableName,
          Item: {
            pk: `USER#${sub}`,
            sk: 'TOTAL#EUR',
            currency: 'EUR',
            income: Number.MAX_SAFE_INTEGER - 10,
            expense: 0,
            count: 9007,
          },
        }),
      );
      const response = await api.call(sub, 'POST', '/transactions', {
        body: input({ amount: 11 }),
      });
      expect(response.status).toBe(422);
      expect(response.json).toMatchObject({ error: { code: 'total_limit_exceeded' } });
      const list = await api.call(sub, 'GET', '/transactions');
      expect((list.json as { items: unknown[] }).items).toEqual([]);
      const total = await api.documentClient.send(
        new GetCommand({ TableName: api.tableName, Key: { pk: `USER#${sub}`, sk: 'TOTAL#EUR' } }),
      );
      expect(total.Item?.['income']).toBe(Number.MAX_SAFE_INTEGER - 10);
      const fits = await api.call(sub, 'POST', '/transactions', { body: input({ amount: 10 }) });
      expect(fits.status).toBe(201);
    });
  });
});
