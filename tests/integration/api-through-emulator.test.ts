// The whole offline API as the SPA meets it: real tokens from the Cognito emulator, the local
// gateway's Cognito authorizer, the real handler and DynamoDB Local, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import type { Tokens } from './start-test-emulator';
import {
  signInWithPassword,
  startTestEmulator,
  testAppOrigin as appOrigin,
} from './start-test-emulator';

let emulator: Emulator;
let apiUrl: string;

const signIn = (email: string): Promise<Tokens> => signInWithPassword(emulator, email);

const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${apiUrl}${path}`, {
    ...init,
    headers: {
      Origin: appOrigin,
      ...(init.token ? { Authorization: init.token } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });

const coffee = { date: '2026-11-20', description: 'Coffee', amount: -350, currency: 'EUR' };

beforeAll(async () => {
  emulator = await startTestEmulator();
  apiUrl = emulator.runtimeConfig(appOrigin).apiUrl;
});

afterAll(async () => {
  await emulator?.close();
});

describe('the offline Transactions API', () => {
  it('publishes the gateway URL in config.json', () => {
    expect(apiUrl).toBe(emulator.urls.api);
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/local$/);
  });

  it("answers the signed-in user's data for their id_token, raw or as Bearer", async () => {
    const { idToken } = await signIn('owner@example.com');
    const created = await call('/transactions', {
      method: 'POST',
      token: idToken,
      body: JSON.stringify(coffee),
    });
    expect(created.status).toBe(201);

    for (const token of [idToken, `Bearer ${idToken}`]) {
      const list = await call('/transactions', { token });
      expect(list.status).toBe(200);
      const page = (await list.json()) as { items: { description: string }[] };
      expect(page.items.map((item) => item.description)).toEqual(['Coffee']);
    }
  });

  it('refuses a request without a token with 401 and CORS for the app', async () => {
    const response = await call('/transactions');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Unauthorized' });
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
  });

  it('refuses an access token on the scope-less methods, as API Gateway does', async () => {
    const { accessToken } = await signIn('access@example.com');
    const response = await call('/transactions', { token: accessToken });
    expect(response.status).toBe(401);
  });

  it("keeps two users' transactions apart", async () => {
    const alice = await signIn('alice@example.com');
    const bob = await signIn('bob@example.com');
    const created = await call('/transactions', {
      method: 'POST',
      token: alice.idToken,
      body: JSON.stringify({ ...coffee, description: 'Alice only' }),
    });
    const { id } = (await created.json()) as { id: string };

    const bobsList = (await (await call('/transactions', { token: bob.idToken })).json()) as {
      items: unknown[];
    };
    expect(bobsList.items).toEqual([]);
    expect((await call(`/transactions/${id}`, { token: bob.idToken })).status).toBe(404);
    expect(
      (await call(`/transactions/${id}`, { method: 'DELETE', token: bob.idToken })).status,
    ).toBe(404);
    expect((await call(`/transactions/${id}`, { token: alice.idToken })).status).toBe(200);
  });

  it('refuses a body that is not valid UTF-8 with 400 invalid_json and stores nothing', async () => {
    const { idToken } = await signIn('bytes@example.com');
    const prefix = Buffer.from('{"date":"2026-11-20","description":"caf');
    const suffix = Buffer.from('","amount":-350,"currency":"EUR"}');
    const refused = await call('/transactions', {
      method: 'POST',
      token: idToken,
      body: Buffer.concat([prefix, Buffer.from([0xff, 0xfe]), suffix]),
    });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_json');
    const list = await call('/transactions', { token: idToken });
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it("answers a body over the API's own limit with its 413 payload_too_large, storing nothing", async () => {
    const { idToken } = await signIn('large@example.com');
    const description = 'x'.repeat(256 * 1024);
    const refused = await call('/transactions', {
      method: 'POST',
      token: idToken,
      body: JSON.stringify({ ...coffee, description }),
    });
    expect(refused.status).toBe(413);
    const body = (await refused.json()) as { error: { code: string } };
    expect(body.error.code).toBe('payload_too_large');
    const list = await call('/transactions', { token: idToken });
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('answers an unknown route with 403 Missing Authentication Token', async () => {
    const response = await call('/accounts');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: 'Missing Authentication Token' });
  });

  it('goes down and comes back on the same URL (for the "API down" journey)', async () => {
    const { idToken } = await signIn('restart@example.com');
    await emulator.api!.stop();
    await expect(call('/transactions', { token: idToken })).rejects.toThrow();
    await emulator.api!.restart();
    expect((await call('/transactions', { token: idToken })).status).toBe(200);
  });

  it('filters, summarises and refuses a repeated parameter over real HTTP', async () => {
    const { idToken: token } = await signIn('ledger@example.com');
    for (const row of [
      { ...coffee, date: '2026-10-02', description: 'Café Latte', category: 'Food' },
      { ...coffee, date: '2026-11-03', description: 'CAFÉ au lait', category: 'Food' },
      { ...coffee, date: '2026-11-04', description: 'Salary', amount: 300_000 },
    ]) {
      expect(
        (await call('/transactions', { method: 'POST', token, body: JSON.stringify(row) })).status,
      ).toBe(201);
    }
    const list = await call(
      `/transactions?from=2026-11-01&to=2026-11-30&q=${encodeURIComponent('café')}&kind=expense`,
      { token },
    );
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: { description: string }[] };
    expect(page.items.map((item) => item.description)).toEqual(['CAFÉ au lait']);

    const summary = await call(
      '/transactions/summary?groupBy=month&from=2026-10-01&to=2026-11-30',
      { token },
    );
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      groupBy: 'month',
      groups: [
        { key: '2026-10', totals: [{ currency: 'EUR', expense: 350, count: 1 }] },
        { key: '2026-11', totals: [{ currency: 'EUR', income: 300_000, expense: 350, count: 2 }] },
      ],
    });

    const repeated = await call('/transactions?kind=income&kind=expense', { token });
    expect(repeated.status).toBe(400);
    expect(await repeated.json()).toMatchObject({
      error: { code: 'invalid_query', details: [{ field: 'kind' }] },
    });
  });
});
