// GET /transactions filters and GET /transactions/summary through the real handler (in-memory
// store): the answers, and a 400 naming each bad parameter for wrong, repeated, oversized and
// hostile input.
import { describe, expect, it } from 'vitest';
import { transactionLimits } from '../../contract/transaction';
import { buildTransaction } from '../store/transaction-store-contract/fixtures';
import { createInMemoryTransactionStore } from '../testing/in-memory-transaction-store';
import type { ProxyEventSpec } from '../testing/proxy-event-builder';
import { idTokenClaims } from '../testing/proxy-event-builder';
import { buildTestHandler, invokeHandler } from '../testing/test-handler';

function setup() {
  const store = createInMemoryTransactionStore();
  const handler = buildTestHandler({ store });
  const send = (spec: Omit<ProxyEventSpec, 'method'>) =>
    invokeHandler(handler, { method: 'GET', claims: idTokenClaims('user-a'), ...spec });
  return { store, send };
}

type ErrorJson = { error: { code: string; message: string; details?: { field: string }[] } };

/** A 400 invalid_query naming exactly `fields`, in order. */
function expectInvalidQuery(result: { statusCode: number; json: unknown }, fields: string[]) {
  expect(result.statusCode).toBe(400);
  const { error } = result.json as ErrorJson;
  expect(error.code).toBe('invalid_query');
  expect(error.details?.map((detail) => detail.field)).toEqual(fields);
}

describe('GET /transactions with filters', () => {
  it('answers the matching page', async () => {
    const { store, send } = setup();
    const lunch = buildTransaction({ date: '2024-05-02', description: 'Lunch', amount: -900 });
    await store.create('user-a', lunch);
    await store.create('user-a', buildTransaction({ date: '2024-06-01', description: 'Lunch' }));
    const result = await send({
      resource: '/transactions',
      query: { from: '2024-05-01', to: '2024-05-31', q: 'LUNCH', kind: 'expense', limit: '5' },
    });
    expect(result.statusCode).toBe(200);
    expect(result.json).toEqual({ items: [lunch] });
  });

  it.each<[string, Record<string, string | string[]>, string[]]>([
    ['a bad date', { from: '2024-02-30' }, ['from']],
    ['from after to', { from: '2024-03-01', to: '2024-02-01' }, ['to']],
    ['an unknown kind', { kind: 'transfer' }, ['kind']],
    ['an oversized q', { q: 'q'.repeat(transactionLimits.searchMaxLength + 1) }, ['q']],
    ['an oversized category', { category: 'c'.repeat(51) }, ['category']],
    ['a hostile q', { q: 'a\u0000b' }, ['q']],
    ['a bidi override', { category: '\u202Eevil' }, ['category']],
    ['a repeated from', { from: ['2024-01-01', '2024-02-01'] }, ['from']],
    ['a repeated limit', { limit: ['5', '500'] }, ['limit']],
    ['several at once', { from: 'soon', kind: 'both', limit: '0' }, ['from', 'kind', 'limit']],
  ])('answers 400 invalid_query to %s, naming each field', async (_label, query, fields) => {
    expectInvalidQuery(await setup().send({ resource: '/transactions', query }), fields);
  });
});

describe('GET /transactions/summary', () => {
  it('keeps the plain answer: totals per currency, now also as groups', async () => {
    const { store, send } = setup();
    await store.create('user-a', buildTransaction({ amount: -250, currency: 'USD' }));
    const result = await send({ resource: '/transactions/summary' });
    const usd = { currency: 'USD', income: 0, expense: 250, net: -250, count: 1 };
    expect(result.json).toEqual({
      groupBy: 'currency',
      totals: [usd],
      groups: [{ key: 'USD', totals: [usd] }],
    });
  });

  it('groups by month over a range', async () => {
    const { store, send } = setup();
    await store.create('user-a', buildTransaction({ date: '2024-01-09', amount: 100 }));
    await store.create('user-a', buildTransaction({ date: '2024-02-09', amount: -40 }));
    const result = await send({
      resource: '/transactions/summary',
      query: { groupBy: 'month', from: '2024-01-01', to: '2024-12-31' },
    });
    expect(result.statusCode).toBe(200);
    expect((result.json as { groups: { key: string }[] }).groups.map((g) => g.key)).toEqual([
      '2024-01',
      '2024-02',
    ]);
  });

  it.each<[string, Record<string, string | string[]>, string[]]>([
    ['an unknown groupBy', { groupBy: 'week' }, ['groupBy']],
    ['a repeated groupBy', { groupBy: ['month', 'category'] }, ['groupBy']],
    ['a bad to', { to: '2024-1-1' }, ['to']],
    ['from after to', { from: '2024-01-02', to: '2024-01-01' }, ['to']],
    ['a hostile groupBy', { groupBy: '__proto__' }, ['groupBy']],
  ])('answers 400 invalid_query to %s', async (_label, query, fields) => {
    expectInvalidQuery(await setup().send({ resource: '/transactions/summary', query }), fields);
  });

  it('answers 422 summary_too_large past the item bound, and 200 at it', async () => {
    const { store, send } = setup();
    for (let i = 0; i < transactionLimits.summaryMaxItems; i++) {
      await store.create('user-a', buildTransaction({ category: `c${i % 7}` }));
    }
    const query = { groupBy: 'category' };
    expect((await send({ resource: '/transactions/summary', query })).statusCode).toBe(200);
    await store.create('user-a', buildTransaction());
    const result = await send({ resource: '/transactions/summary', query });
    expect(result.statusCode).toBe(422);
    expect((result.json as ErrorJson).error.code).toBe('summary_too_large');
    // Month totals never read items, so the same data still sums by month.
    const byMonth = await send({ resource: '/transactions/summary', query: { groupBy: 'month' } });
    expect(byMonth.statusCode).toBe(200);
  });
});
