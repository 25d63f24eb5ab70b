// The SPA's API client against the whole offline API (Cognito emulator tokens, local gateway,
// real handler, DynamoDB Local): a create whose answer is lost on the way back is retried with
// its Idempotency-Key, and the server keeps exactly one transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { createTransactionsClient } from '../../src/lib/http/transactions-client';
import {
  signInWithPassword,
  startTestEmulator,
  testAppOrigin as appOrigin,
} from './start-test-emulator';

let emulator: Emulator;

interface Sent {
  readonly method: string;
  readonly key: string | null;
  readonly status: number;
  readonly replayed: string | null;
}

/** Real fetch, except that the first POST's answer is dropped after the server has done it. */
function fetchDroppingFirstPostAnswer(sent: Sent[]): typeof fetch {
  let dropped = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    const method = init?.method ?? 'GET';
    sent.push({
      method,
      key: new Headers(init?.headers).get('idempotency-key'),
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
    });
    if (method === 'POST' && !dropped) {
      dropped = true;
      await response.arrayBuffer();
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };
}

/** The SPA's client against the emulator's API, as signed in with `idToken` (id mode). */
function clientFor(idToken: string, fetchImpl: typeof fetch) {
  return createTransactionsClient({
    baseUrl: emulator.runtimeConfig(appOrigin).apiUrl,
    authHeader: 'Authorization',
    session: {
      idToken: () => idToken,
      accessToken: () => null,
      renew: async () => null,
      signInAgain: () => undefined,
    },
    fetch: fetchImpl,
  });
}

beforeAll(async () => {
  emulator = await startTestEmulator();
});

afterAll(async () => {
  await emulator?.close();
});

describe('the SPA client creating through the offline API', () => {
  it('makes one transaction when the answer to a create is lost and the client retries', async () => {
    const { idToken } = await signInWithPassword(emulator, 'retry@example.com');
    const sent: Sent[] = [];
    const client = clientFor(idToken, fetchDroppingFirstPostAnswer(sent));

    const created = await client.create({
      date: '2026-11-20',
      description: 'Coffee',
      amount: -350,
      currency: 'EUR',
    });

    const posts = sent.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ status: 201, replayed: null });
    expect(posts[1]).toMatchObject({ status: 201, replayed: 'true', key: posts[0]?.key });
    expect(posts[0]?.key).toMatch(/^[\x21-\x7E]{1,255}$/);

    const page = await client.list();
    expect(page.items.map((item) => item.id)).toEqual([created.id]);
    const summary = await client.summary();
    expect(summary.totals).toEqual([
      expect.objectContaining({ currency: 'EUR', expense: 350, net: -350 }),
    ]);
  });

  it('tells a CSV import that the API replayed its own key, keeping one transaction', async () => {
    const { idToken } = await signInWithPassword(emulator, 'csv-import@example.com');
    const client = clientFor(idToken, fetch);
    const input = { date: '2026-11-21', description: 'Tea', amount: -300, currency: 'EUR' };
    const first = await client.createIdempotent(input, 'csv1-integration-key');
    const again = await client.createIdempotent(input, 'csv1-integration-key');
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ transaction: first.transaction, replayed: true });
    const page = await client.list();
    expect(page.items.map((item) => item.id)).toEqual([first.transaction.id]);
  });
});
