// The offline API under apiAuth lambda: real tokens from the Cognito emulator, the Lambda
// authorizer of authorizer/ run in-process by the local gateway (fetching the emulator's JWKS over
// HTTP, as the deployed one fetches Cognito's), the real handler and DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { signInWithPassword, startTestEmulator, testAppOrigin } from './start-test-emulator';

let emulator: Emulator;
let apiUrl: string;

const call = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${apiUrl}${path}`, {
    ...init,
    headers: {
      Origin: testAppOrigin,
      ...(token !== undefined ? { Authorization: token } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });

beforeAll(async () => {
  emulator = await startTestEmulator({ apiAuth: 'lambda' });
  apiUrl = emulator.runtimeConfig(testAppOrigin).apiUrl;
});
afterAll(async () => {
  await emulator?.close();
});

describe('the offline API behind the Lambda authorizer', () => {
  it("answers the signed-in user's own data, and another user's apart", async () => {
    const alice = await signInWithPassword(emulator, 'lambda-alice@example.com');
    const bob = await signInWithPassword(emulator, 'lambda-bob@example.com');
    const body = JSON.stringify({
      date: '2026-11-20',
      description: 'Coffee',
      amount: -350,
      currency: 'EUR',
    });
    const created = await call('/transactions', alice.idToken, { method: 'POST', body });
    expect(created.status).toBe(201);
    const own = await call('/transactions', `Bearer ${alice.idToken}`);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { items: unknown[] }).items).toHaveLength(1);
    const other = await call('/transactions', bob.idToken);
    expect(((await other.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it.each([
    ['no token', undefined],
    ['a garbage token', 'not-a-token'],
    ['a tampered token', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('answers 401 with CORS for %s', async (_name, token) => {
    const response = await call('/transactions', token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Unauthorized' });
    expect(response.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });

  it('answers 401 for an access token (the authorizer wants the ID token)', async () => {
    const { accessToken } = await signInWithPassword(emulator, 'lambda-access@example.com');
    expect((await call('/transactions', accessToken)).status).toBe(401);
  });

  it('answers 403 for a member of the suspended group', async () => {
    const { idToken } = await signInWithPassword(emulator, 'lambda-suspended@example.com', [
      'suspended',
    ]);
    const response = await call('/transactions', idToken);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      Message:
        'User is not authorized to access this resource with an explicit deny in an identity-based policy',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });
});
