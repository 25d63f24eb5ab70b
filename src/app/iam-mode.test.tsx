// apiAuth `iam` through the whole app: the same pages as in cognito mode, with the API called
// through SigV4 and the identity pool's credentials kept across pages until sign-out.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiCredentialsKey } from '../lib/http/use-transactions-client';
import { getAuthRuntime } from '../lib/auth/auth-runtime';
import { buildConfig, buildTransaction, jsonResponse } from '../test/builders';
import { createFakeAuth, storeUser } from '../test/fake-auth';
import {
  createFakeIdentityPool,
  identityEndpoint,
  identityPoolId,
} from '../test/fake-identity-pool';
import { renderStrict } from '../test/render-strict';
import { App } from './App';

// The first render loads the lazy pages and the signer; on a busy machine that is not instant.
const slow = { timeout: 5000 };
const config = buildConfig({ apiAuth: 'iam', identityPoolId, identityEndpoint });

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  const auth = createFakeAuth(config);
  const pool = createFakeIdentityPool();
  const apiCalls: Headers[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init = {}) => {
    const url = String(input);
    const target = new Headers(init.headers).get('X-Amz-Target') ?? '';
    if (target.startsWith('AWSCognitoIdentityService.')) return pool.handle(url, init);
    // Profile's two-step section asks the user pool (GetUser): no MFA set up.
    if (target) return jsonResponse(200, { Username: 'ada', UserAttributes: [] });
    if (url.startsWith(config.apiUrl)) {
      apiCalls.push(new Headers(init.headers));
      return url.includes('/summary')
        ? jsonResponse(200, { totals: [] })
        : jsonResponse(200, { items: [buildTransaction({ description: 'Signed tea' })] });
    }
    return new Response('', { status: 200 });
  });
  renderStrict(<App config={config} basename="/" environment={auth.environment} />);
  return { auth, pool, apiCalls };
}

// Each test signs in afresh: no stored user or sign-in state carries over.
afterEach(() => {
  vi.restoreAllMocks();
  for (const storage of [window.localStorage, window.sessionStorage]) storage.clear();
});

describe('apiAuth iam', () => {
  it('shows the transactions as in cognito mode, fetched with SigV4, never the ID token', async () => {
    storeUser(config);
    const { apiCalls } = openAt('/transactions');
    expect(await screen.findByText('Signed tea', {}, slow)).toBeInTheDocument();
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const headers of apiCalls) {
      expect(headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA/);
      expect(headers.get('authorization')).not.toContain('id-token');
    }
  });

  it('keeps the credentials across pages: one exchange', async () => {
    storeUser(config);
    const { pool } = openAt('/transactions');
    await screen.findByText('Signed tea', {}, slow);
    await userEvent.click(screen.getByRole('link', { name: 'Profile' }));
    await screen.findByRole('heading', { name: 'Profile' });
    await userEvent.click(screen.getByRole('link', { name: 'Transactions' }));
    await screen.findByText('Signed tea', {}, slow);
    expect(pool.issued()).toBe(1);
  });

  it('forgets the credentials when another tab signs out', async () => {
    storeUser(config);
    const { auth } = openAt('/transactions');
    await screen.findByText('Signed tea', {}, slow);
    auth.otherTabSignsOut();
    await screen.findByRole('heading', { name: 'You are signed out' });
    const create = vi.fn(() => ({ forget: vi.fn() }));
    getAuthRuntime(config, auth.environment).memory.keep(apiCredentialsKey, create);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('forgets the credentials on sign-out here', async () => {
    storeUser(config);
    const { auth } = openAt('/transactions');
    await screen.findByText('Signed tea', {}, slow);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    const create = vi.fn(() => ({ forget: vi.fn() }));
    getAuthRuntime(config, auth.environment).memory.keep(apiCredentialsKey, create);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
