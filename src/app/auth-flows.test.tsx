import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildConfig, jsonResponse, memoryStorage } from '../test/builders';
import { createFakeAuth, storeUser } from '../test/fake-auth';
import { renderStrict } from '../test/render-strict';
import { App } from './App';

const config = buildConfig();

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  const auth = createFakeAuth(config);
  renderStrict(<App config={config} basename="/" environment={auth.environment} />);
  return auth;
}

/** The sign-in state stored under the `state` of an authorize URL. */
function storedState(url: URL): { data?: { returnTo?: string } } | null {
  const raw = window.localStorage.getItem(`oidc.${url.searchParams.get('state')}`);
  return raw ? (JSON.parse(raw) as { data?: { returnTo?: string } }) : null;
}

/** Our client, our callback, code + PKCE S256 and our scopes, sent to `endpoint`. */
function expectCodeFlowRequest(url: URL, endpoint: string) {
  expect(`${url.origin}${url.pathname}`).toBe(endpoint);
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    code_challenge_method: 'S256',
  });
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('protected routes', () => {
  it('send a signed-out visitor to the hosted sign-in with code + PKCE S256, returning to the page', async () => {
    const auth = openAt('/transactions?page=2#latest');
    expect(await screen.findByText(/taking you to the sign-in page/i)).toBeInTheDocument();
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    const url = auth.lastUrl();
    expectCodeFlowRequest(url, 'http://127.0.0.1:9229/oauth2/authorize');
    expect(storedState(url)?.data?.returnTo).toBe('/transactions?page=2#latest');
  });

  it('store only a sanitised return path (the one sign-in function is used)', async () => {
    const auth = openAt(`/transactions?q=${'a'.repeat(3000)}`);
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    expect(storedState(auth.lastUrl())?.data?.returnTo).toBe('/transactions');
  });

  it('show the page to a signed-in user without leaving', async () => {
    storeUser(config);
    const auth = openAt('/profile');
    expect(await screen.findByRole('heading', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByText('ada@example.com', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('admins')).toBeInTheDocument();
    expect(auth.go).not.toHaveBeenCalled();
  });

  it('never render a token', async () => {
    storeUser(config);
    openAt('/profile');
    await screen.findByRole('heading', { name: 'Profile' });
    expect(document.body.textContent).not.toMatch(
      /id-token-payload|access-token-payload|refresh-token-value/,
    );
  });

  it('renew with the refresh token first when the stored session has expired', async () => {
    storeUser(config, { expires_at: Math.floor(Date.now() / 1000) - 60 });
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const auth = openAt('/transactions');
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    expect(String(fetch.mock.calls[0]?.[0])).toBe('http://127.0.0.1:9229/oauth2/token');
    expect(screen.getByText(/your session has ended/i)).toBeInTheDocument();
    expect(storedState(auth.lastUrl())?.data?.returnTo).toBe('/transactions');
  });
});

describe('home page', () => {
  it('sends Create account to the hosted sign-up page with a stored sign-in state', async () => {
    const auth = openAt('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    const url = auth.lastUrl();
    expectCodeFlowRequest(url, 'http://127.0.0.1:9229/signup');
    expect(storedState(url)?.data?.returnTo).toBe('/transactions');
  });

  it('reads the session from the storage it is given, never window.sessionStorage', async () => {
    const userStorage = memoryStorage();
    storeUser(config, {}, userStorage);
    window.history.replaceState(null, '', '/');
    const auth = createFakeAuth(config, { userStorage });
    renderStrict(<App config={config} basename="/" environment={auth.environment} />);
    expect(await screen.findByRole('heading', { name: 'Transactions' })).toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
    expect(auth.go).not.toHaveBeenCalled();
  });

  it('sends a signed-in visitor on to the transactions', async () => {
    storeUser(config);
    openAt('/');
    expect(await screen.findByRole('heading', { name: 'Transactions' })).toBeInTheDocument();
  });
});

describe('callback', () => {
  async function startedSignIn() {
    const auth = openAt('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalled());
    return auth.lastUrl().searchParams.get('state') ?? '';
  }

  it('explains an ?error= answer, consumes the state, cleans the URL and does not loop', async () => {
    const state = await startedSignIn();
    document.body.innerHTML = '';
    const auth = openAt(`/callback?error=access_denied&error_description=<b>x</b>&state=${state}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled or refused.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('<b>');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(window.localStorage.getItem(`oidc.${state}`)).toBeNull();
    expect(auth.go).not.toHaveBeenCalled();
  });

  it('reports an unknown or reused state without asking for tokens', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const auth = openAt('/callback?code=stolen-code&state=not-ours');
    expect(await screen.findByRole('alert')).toHaveTextContent(/already finished or expired/i);
    expect(fetch).not.toHaveBeenCalled();
    expect(auth.go).not.toHaveBeenCalled();
  });

  it('reports a response without state', async () => {
    openAt('/callback?code=abc');
    expect(await screen.findByRole('alert')).toHaveTextContent(/incomplete/i);
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('offers Try again, which starts one new sign-in', async () => {
    const auth = openAt('/callback?code=abc&state=unknown');
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    expect(auth.lastUrl().pathname).toBe('/oauth2/authorize');
  });

  it('with nothing to finish, offers sign-in instead of redirecting', async () => {
    const auth = openAt('/callback');
    expect(
      await screen.findByRole('heading', { name: 'Nothing to finish here' }),
    ).toBeInTheDocument();
    expect(auth.go).not.toHaveBeenCalled();
  });
});

describe('a persistent 401', () => {
  // The API refuses every token and the refresh token cannot renew: the client asks to sign in.
  const b64 = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const now = () => Math.floor(Date.now() / 1000);
  const idToken = () =>
    `${b64({ alg: 'RS256' })}.${b64({ sub: 'user-1', iss: config.authority, aud: config.clientId, exp: now() + 3600, iat: now(), email: 'ada@example.com' })}.sig`;
  function apiAlwaysRefuses() {
    return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      if (String(input).startsWith(config.apiUrl)) {
        return jsonResponse(401, { message: 'Unauthorized' });
      }
      // Renewal works: the refresh token gets new tokens, which the API refuses too.
      return jsonResponse(200, {
        id_token: idToken(),
        access_token: idToken(),
        refresh_token: 'refresh-token-value',
        token_type: 'Bearer',
        expires_in: 3600,
      });
    });
  }
  const markSignedInSecondsAgo = (seconds: number) =>
    window.sessionStorage.setItem(
      `sign-in:completed:${config.clientId}`,
      String(Date.now() - seconds * 1000),
    );

  it('long after a sign-in still signs in again on its own', async () => {
    storeUser(config);
    markSignedInSecondsAgo(60);
    apiAlwaysRefuses();
    const auth = openAt('/transactions');
    // The list and the totals each ask (and StrictMode runs effects twice); the page leaves at
    // the first, so in a browser only one navigation happens.
    await waitFor(() => expect(auth.go).toHaveBeenCalled());
    expect(auth.lastUrl().pathname).toBe('/oauth2/authorize');
  });
});

describe('sign-out', () => {
  it('revokes the refresh token, tells other tabs and goes to Cognito /logout', async () => {
    storeUser(config);
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('', { status: 200 }));
    const auth = openAt('/profile');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    // The Profile page asks the API for "Member since" and the user pool for the two-step
    // setting (GetUser) first; the revoke is the one other call.
    const revokes = fetch.mock.calls.filter(
      ([u, init]) =>
        !String(u).endsWith('/profile') && !new Headers(init?.headers).has('X-Amz-Target'),
    );
    expect(revokes).toHaveLength(1);
    const [url, init] = revokes[0] ?? [];
    expect(String(url)).toBe('http://127.0.0.1:9229/oauth2/revoke');
    expect(String(init?.body)).toContain('token_type_hint=refresh_token');
    expect(auth.channel.announce).toHaveBeenCalledTimes(1);
    expect(auth.lastUrl().toString()).toBe(
      'http://127.0.0.1:9229/logout?client_id=testclient123&logout_uri=http%3A%2F%2Flocalhost%3A3000%2Fsigned-out',
    );
    expect(window.sessionStorage.length).toBe(0);
    expect(screen.queryByText('ada@example.com')).not.toBeInTheDocument();
  });

  it('signs this tab out when another tab announces it', async () => {
    storeUser(config);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 200 }));
    const auth = openAt('/profile');
    await screen.findByRole('heading', { name: 'Profile' });
    auth.otherTabSignsOut();
    expect(await screen.findByRole('heading', { name: 'You are signed out' })).toBeInTheDocument();
    expect(screen.getByText(/another tab/i)).toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
    expect(auth.go).not.toHaveBeenCalled();
  });
});

describe('other routes', () => {
  it('shows a 404 page for unknown paths', async () => {
    openAt('/nope');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('has a skip link to the main content', async () => {
    openAt('/signed-out');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });
});
