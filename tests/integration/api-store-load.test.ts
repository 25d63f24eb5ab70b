// Concurrency, paging and idempotent retries through the real handler on DynamoDB Local.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction, TransactionPage, TransactionSummary } from '../../contract/transaction';
import type { ApiHarness } from './api-store-harness';
import { startApiHarness } from './api-store-harness';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

const body = (i: number) => ({
  date: `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  description: `Item ${i}`,
  amount: i % 3 === 0 ? -(i + 1) * 101 : (i + 1) * 99,
  currency: i % 2 === 0 ? 'USD' : 'KWD',
});

describe('under parallel load', () => {
  it('turns 50 parallel creates into 50 items and exact totals', async () => {
    const sub = 'a5000000-0000-4000-8000-000000000050';
    const bodies = Array.from({ length: 50 }, (_, i) => body(i));
    const responses = await Promise.all(
      bodies.map((b) => api.call(sub, 'POST', '/transactions', { body: b })),
    );
    expect(responses.map((r) => r.status)).toEqual(bodies.map(() => 201));
    const list = await api.call(sub, 'GET', '/transactions', { query: { limit: '100' } });
    const items = (list.json as TransactionPage).items;
    expect(new Set(items.map((t) => t.id)).size).toBe(50);

    const expected = new Map<string, { income: number; expense: number; count: number }>();
    for (const b of bodies) {
      const total = expected.get(b.currency) ?? { income: 0, expense: 0, count: 0 };
      if (b.amount > 0) total.income += b.amount;
      else total.expense -= b.amount;
      total.count += 1;
      expected.set(b.currency, total);
    }
    const summary = (await api.call(sub, 'GET', '/transactions/summary'))
      .json as TransactionSummary;
    expect(summary.totals).toEqual(
      [...expected.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([currency, t]) => ({ currency, ...t, net: t.income - t.expense })),
    );
  });
});

describe('paging', () => {
  const sub = 'b1200000-0000-4000-8000-000000000120';
  const created: Transaction[] = [];

  beforeAll(async () => {
    // Sequential in small batches so creation order (the tie-break) is known.
    for (let i = 0; i < 120; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          api.call(sub, 'POST', '/transactions', {
            // 12 distinct dates, 10 items each: plenty of ties to break.
            body: {
              ...body(i + j),
              date: `2023-${String(1 + ((i + j) % 12)).padStart(2, '0')}-15`,
            },
          }),
        ),
      );
      created.push(...batch.map((r) => r.json as Transaction));
    }
  });

  it('visits each of 120 items exactly once, newest date first, ties newest first', async () => {
    const seen: Transaction[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const response = await api.call(sub, 'GET', '/transactions', {
        query: { limit: '7', ...(cursor ? { cursor } : {}) },
      });
      expect(response.status).toBe(200);
      const json = response.json as TransactionPage;
      expect(json.items.length).toBeLessThanOrEqual(7);
      seen.push(...json.items);
      cursor = json.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeUndefined();
    expect(seen).toHaveLength(120);
    expect(new Set(seen.map((t) => t.id)).size).toBe(120);
    const expectedOrder = [...created]
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1))
      .map((t) => t.id);
    expect(seen.map((t) => t.id)).toEqual(expectedOrder);
  });

  it('uses 25 items per page by default and gives no cursor on the last page', async () => {
    const first = (await api.call(sub, 'GET', '/transactions')).json as TransactionPage;
    expect(first.items).toHaveLength(25);
    const all = (await api.call(sub, 'GET', '/transactions', { query: { limit: '100' } }))
      .json as TransactionPage;
    const rest = (
      await api.call(sub, 'GET', '/transactions', {
        query: { limit: '100', cursor: all.nextCursor ?? '' },
      })
    ).json as TransactionPage;
    expect(rest.items).toHaveLength(20);
    expect(rest.nextCursor).toBeUndefined();
  });

  it('refuses a cursor replayed by another user, and an edited one, with 400', async () => {
    const page = (await api.call(sub, 'GET', '/transactions', { query: { limit: '5' } }))
      .json as TransactionPage;
    const cursor = page.nextCursor ?? '';
    const foreign = await api.call('other-user', 'GET', '/transactions', { query: { cursor } });
    expect(foreign.status).toBe(400);
    expect(foreign.json).toMatchObject({ error: { code: 'invalid_cursor' } });
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { pk: string };
    const swapped = Buffer.from(JSON.stringify({ ...decoded, pk: 'USER#other-user' })).toString(
      'base64url',
    );
    // The caller points their own cursor at someone else's partition: refused.
    const edited = await api.call(sub, 'GET', '/transactions', { query: { cursor: swapped } });
    expect(edited.status).toBe(400);
    const badSk = Buffer.from(JSON.stringify({ ...decoded, sk: 'TOTAL#EUR' })).toString(
      'base64url',
    );
    for (const tampered of [badSk, 'not-base64!', 'e30', cursor.slice(0, -3)]) {
      const response = await api.call(sub, 'GET', '/transactions', { query: { cursor: tampered } });
      expect(response.status, tampered).toBe(400);
    }
  });
});

describe('idempotent creates', () => {
  const sub = 'c1d00000-0000-4000-8000-0000000000cd';
  const count = async (who = sub) =>
    (
      (await api.call(who, 'GET', '/transactions', { query: { limit: '100' } }))
        .json as TransactionPage
    ).items.length;

  it('replays the first answer for a retry with the same key and body', async () => {
    const headers = { 'Idempotency-Key': 'retry-1' };
    const first = await api.call(sub, 'POST', '/transactions', { headers, body: body(1) });
    const second = await api.call(sub, 'POST', '/transactions', { headers, body: body(1) });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.headers?.['Idempotent-Replayed']).toBe('true');
    expect(await count()).toBe(1);
  });

  it('answers 422 for the same key with another body, and stores nothing', async () => {
    const headers = { 'Idempotency-Key': 'retry-1' };
    const other = await api.call(sub, 'POST', '/transactions', { headers, body: body(2) });
    expect(other.status).toBe(422);
    expect(other.json).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await count()).toBe(1);
  });

  it('makes exactly one item of 10 concurrent requests with one key', async () => {
    const headers = { 'Idempotency-Key': 'burst-7' };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.call(sub, 'POST', '/transactions', { headers, body: body(7) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const ids = new Set(responses.map((r) => (r.json as Transaction).id));
    expect(ids.size).toBe(1);
    expect(await count()).toBe(2);
    const summary = (await api.call(sub, 'GET', '/transactions/summary'))
      .json as TransactionSummary;
    expect(summary.totals.reduce((n, t) => n + t.count, 0)).toBe(2);
  });

  it('never replays one user’s answer to another user sending the same key', async () => {
    const headers = { 'Idempotency-Key': 'retry-1' };
    const other = 'c2d00000-0000-4000-8000-0000000000ce';
    const response = await api.call(other, 'POST', '/transactions', { headers, body: body(1) });
    expect(response.status).toBe(201);
    expect(response.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(await count(other)).toBe(1);
  });
});
