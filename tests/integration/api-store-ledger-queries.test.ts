// What only the DynamoDB store has to get right about filters and month totals: items written
// before searchText and month totals existed (seeded straight into the table), and the paths
// through the handler on DynamoDB Local.

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateKeyOf, ownerKey, transactionKey } from '../../api/store/item-codec';
import { buildTransaction } from '../../api/store/transaction-store-contract/fixtures';
import type { ApiHarness } from './api-store-harness';
import { startApiHarness } from './api-store-harness';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

/** A transaction as the store wrote it before searchText and month totals existed. */
async function seedLegacy(owner: string, overrides: Parameters<typeof buildTransaction>[0]) {
  const transaction = buildTransaction(overrides);
  await api.documentClient.send(
    new PutCommand({
      TableName: api.tableName,
      Item: {
        ...transaction,
        pk: ownerKey(owner),
        sk: transactionKey(transaction.id),
        dateKey: dateKeyOf(transaction.date, transaction.id),
      },
    }),
  );
  // Its currency total existed already; its month total never did.
  await api.store.create(
    owner,
    buildTransaction({ amount: transaction.amount, date: '1999-01-01' }),
  );
  return transaction;
}

describe('items written before month totals and searchText', () => {
  it('are deleted and replaced without subtracting what was never added', async () => {
    const owner = 'legacy-owner-1';
    const old = await seedLegacy(owner, { date: '2024-03-10', amount: -100 });
    await api.store.create(owner, buildTransaction({ date: '2024-03-11', amount: -20 }));
    const next = await api.store.replace(owner, old.id, { ...old, amount: -150 }, 'later');
    expect(next.version).toBe(2);
    expect(
      await api.store.monthTotals(owner, { fromMonth: '2024-03', toMonth: '2024-03' }),
    ).toEqual([
      { month: '2024-03', currency: 'EUR', income: 0, expense: 170, net: -170, count: 2 },
    ]);
    // Rewritten, it carries the marks now, so removing it takes it out of its month again.
    const stored = await api.documentClient.send(
      new GetCommand({
        TableName: api.tableName,
        Key: { pk: ownerKey(owner), sk: transactionKey(old.id) },
      }),
    );
    expect(stored.Item).toMatchObject({ countedByMonth: true, searchText: 'salary' });
    await api.store.remove(owner, old.id);
    expect(
      await api.store.monthTotals(owner, { fromMonth: '2024-03', toMonth: '2024-03' }),
    ).toEqual([{ month: '2024-03', currency: 'EUR', income: 0, expense: 20, net: -20, count: 1 }]);
  });

  it('are removed while never counted by month, leaving the month totals alone', async () => {
    const owner = 'legacy-owner-2';
    const old = await seedLegacy(owner, { date: '2024-04-10', amount: 500 });
    await api.store.remove(owner, old.id);
    expect(
      await api.store.monthTotals(owner, { fromMonth: '2024-04', toMonth: '2024-04' }),
    ).toEqual([]);
  });

  it('are found by q on their description, case-sensitively (the documented gap)', async () => {
    const owner = 'legacy-owner-3';
    const old = await seedLegacy(owner, { date: '2024-05-10', description: 'Old Bakery' });
    expect((await api.store.list(owner, 10, undefined, { q: 'Bakery' })).items).toEqual([old]);
    expect((await api.store.list(owner, 10, undefined, { q: 'bakery' })).items).toEqual([]);
  });
});

describe('the handler on DynamoDB Local', () => {
  it('pages a filtered list by its cursor and refuses bad parameters with 400', async () => {
    const sub = 'ledger-handler';
    for (let i = 0; i < 7; i++) {
      const body = {
        date: `2024-07-0${1 + i}`,
        description: i % 2 === 0 ? `Market ${i}` : `Rent ${i}`,
        amount: -100 - i,
        currency: 'EUR',
      };
      expect((await api.call(sub, 'POST', '/transactions', { body })).status).toBe(201);
    }
    const first = await api.call(sub, 'GET', '/transactions', {
      query: { q: 'market', limit: '2' },
    });
    const page1 = first.json as { items: { description: string }[]; nextCursor?: string };
    expect(page1.items.map((item) => item.description)).toEqual(['Market 6', 'Market 4']);
    const second = await api.call(sub, 'GET', '/transactions', {
      query: { q: 'market', limit: '2', cursor: page1.nextCursor ?? '' },
    });
    expect(second.json).toMatchObject({
      items: [{ description: 'Market 2' }, { description: 'Market 0' }],
    });
    expect(second.json).not.toHaveProperty('nextCursor');

    const bad: Record<string, string | string[]>[] = [
      { from: '2024-02-30' },
      { kind: ['income', 'expense'] },
      { q: 'x'.repeat(101) },
    ];
    for (const query of bad) {
      const result = await api.call(sub, 'GET', '/transactions', { query });
      expect(result.status).toBe(400);
      expect(result.json).toMatchObject({ error: { code: 'invalid_query' } });
    }
    const wrongRange = await api.call(sub, 'GET', '/transactions', {
      query: { cursor: page1.nextCursor ?? '', from: '2024-07-06' },
    });
    expect(wrongRange.status).toBe(400);
    expect(wrongRange.json).toMatchObject({ error: { code: 'invalid_cursor' } });
  });
});
