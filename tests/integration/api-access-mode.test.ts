// The whole offline API in apiToken `access` mode: real tokens from the Cognito emulator (the
// hosted code flow, as the SPA gets them), the local gateway with scoped methods, the real
// handler and DynamoDB Local. Only an access token with the method's scope gets through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { hostedCodeTokens } from './hosted-code-tokens';
import { signInWithPassword, startTestEmulator, testAppOrigin } from './start-test-emulator';

const password = 'Access-Mode-Pass-1';
const coffee = { date: '2026-11-20', description: 'Coffee', amount: -350, currency: 'EUR' };

let emulator: Emulator;
let apiUrl: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ apiToken: 'access' });
  apiUrl = emulator.runtimeConfig(testAppOrigin).apiUrl;
  await emulator.pool.createUser({ email: 'reader@example.com', password });
});
afterAll(async () => {
  await emulator?.close();
});

const call = (path: string, token: string, body?: unknown) =>
  fetch(`${apiUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Origin: testAppOrigin,
      Authorization: token,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** The SPA's sign-in through the hosted pages, asking for `scope`. */
const hostedTokens = (scope: string) =>
  hostedCodeTokens(
    emulator,
    { clientId: emulator.clientId, redirectUri: `${testAppOrigin}/callback`, scope },
    'reader@example.com',
    password,
  );

describe('the offline API with apiToken access', () => {
  it('tells the SPA to send the access token', () => {
    expect(emulator.runtimeConfig(testAppOrigin)).toMatchObject({
      apiAuth: 'cognito',
      apiToken: 'access',
    });
  });

  it('serves reads and writes to an access token carrying both scopes', async () => {
    const tokens = await hostedTokens('openid email transactions/read transactions/write');
    const created = await call('/transactions', `Bearer ${tokens.access_token}`, coffee);
    expect(created.status).toBe(201);
    const list = await call('/transactions', tokens.access_token);
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: { description: string }[] };
    expect(page.items.map((item) => item.description)).toEqual(['Coffee']);
  });

  it('refuses the ID token of the same sign-in with 401 Unauthorized', async () => {
    const tokens = await hostedTokens('openid email transactions/read transactions/write');
    const response = await call('/transactions', tokens.id_token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Unauthorized' });
  });

  it('refuses an InitiateAuth access token (aws.cognito.signin.user.admin only)', async () => {
    const { accessToken } = await signInWithPassword(emulator, 'api-sign-in@example.com');
    const response = await call('/transactions', accessToken);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Unauthorized' });
  });

  it('lets a read-only token read but not write', async () => {
    const tokens = await hostedTokens('openid transactions/read');
    expect((await call('/transactions/summary', tokens.access_token)).status).toBe(200);
    const write = await call('/transactions', tokens.access_token, coffee);
    expect(write.status).toBe(401);
    expect(await write.json()).toEqual({ message: 'Unauthorized' });
  });
});
