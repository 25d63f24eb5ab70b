import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import { redeemCode } from '../../emulator/cognito/testing/redeem-code';
import type { Emulator } from '../../emulator/create-emulator';
import { startCognito } from './start-test-emulator';

const email = 'grace@example.com';
const password = 'Correct-Horse-2';
const verifier = 'dBjftJeZ4CVP-mJ92K9ubZ8nfZgIyDzF0zMv8Z1tK3q'; // 43 chars
const challenge = createHash('sha256').update(verifier).digest('base64url');

describe('Cognito emulator fails closed', () => {
  const clock = createManualClock(Date.now());
  let emulator: Emulator;
  let redirectUri: string;
  let domain: string;

  const authorizeUrl = (extra: Record<string, string | null> = {}) => {
    const q: Record<string, string | null> = {
      response_type: 'code',
      client_id: emulator.clientId,
      redirect_uri: redirectUri,
      scope: 'openid email',
      state: 'st-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== null) params.set(k, v);
    return `${domain}/oauth2/authorize?${params}`;
  };
  /** POSTs a raw body to the token endpoint (for bodies a form would never send). */
  const postToken = (contentType: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body,
    });
  const token = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    postToken('application/x-www-form-urlencoded', new URLSearchParams(form).toString(), headers);
  const codeFor = async (
    extra: Record<string, string | null> = {},
    user = email,
    pw = password,
  ) => {
    const answer = await new HostedUiBrowser(domain).signIn(authorizeUrl(extra), user, pw);
    expect(answer.status).toBe(302);
    return new URL(answer.location!).searchParams.get('code')!;
  };
  const redeemForm = (code: string, extra: Record<string, string> = {}) => ({
    grant_type: 'authorization_code',
    client_id: emulator.clientId,
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    ...extra,
  });
  const redeem = (code: string, extra: Record<string, string> = {}) =>
    token(redeemForm(code, extra));

  beforeAll(async () => {
    emulator = await startCognito({ clock });
    domain = emulator.urls.domain;
    redirectUri = emulator.runtimeConfig('http://localhost:5173').redirectUri;
    await emulator.pool.createUser({ email, password });
  });
  afterAll(() => emulator.close());

  it('listens on loopback by default', () => {
    expect(domain).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe('redirect_uri', () => {
    it.each([
      ['trailing slash', (u: string) => `${u}/`],
      ['path case', (u: string) => u.replace('callback', 'Callback')],
      ['other port', (u: string) => u.replace(':5173', ':5174')],
      ['https instead of http', (u: string) => u.replace('http:', 'https:')],
      ['added query', (u: string) => `${u}?next=1`],
      ['fragment', (u: string) => `${u}#x`],
      ['userinfo trick', () => 'http://localhost:5173@evil.example/callback'],
      ['encoded path', (u: string) => u.replace('callback', 'call%62ack')],
      ['extra segment', (u: string) => u.replace('callback', 'callback/x')],
    ])('shows the error page, never a redirect, for %s', async (_name, mutate) => {
      const res = await fetch(authorizeUrl({ redirect_uri: mutate(redirectUri) }), {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('redirect_mismatch');
    });

    it('shows the error page when redirect_uri or client_id is missing or unknown', async () => {
      const variants: Record<string, string | null>[] = [
        { redirect_uri: null },
        { client_id: null },
        { client_id: 'abcdefghijklmnopqrstuvwxyz' },
      ];
      for (const extra of variants) {
        const res = await fetch(authorizeUrl(extra), { redirect: 'manual' });
        expect(res.status).toBe(400);
        expect(res.headers.get('location')).toBeNull();
      }
    });

    it.each([
      ['bad scope', { scope: 'openid admin' }, 'invalid_scope'],
      ['email without openid', { scope: 'email' }, 'invalid_scope'],
      ['missing response_type', { response_type: null }, 'invalid_request'],
      ['id_token response type', { response_type: 'id_token' }, 'unsupported_response_type'],
      ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
      ['lowercase s256', { code_challenge_method: 's256' }, 'invalid_request'],
      ['challenge without method', { code_challenge_method: null }, 'invalid_request'],
      [
        'no challenge (PKCE required)',
        { code_challenge: null, code_challenge_method: null },
        'invalid_request',
      ],
      ['short challenge', { code_challenge: 'abc' }, 'invalid_request'],
    ])('redirects %s back to the app with error and state', async (_name, extra, error) => {
      const res = await fetch(authorizeUrl(extra), { redirect: 'manual' });
      expect(res.status).toBe(302);
      const back = new URL(res.headers.get('location')!);
      expect(back.origin + back.pathname).toBe(redirectUri);
      expect(back.searchParams.get('error')).toBe(error);
      expect(back.searchParams.get('state')).toBe('st-1');
    });

    it('echoes a long state with special characters byte for byte', async () => {
      const state = `ü &=?#/${'x'.repeat(1500)}`;
      const code = await codeFor({ state });
      expect(code).toBeTruthy();
      const res = await new HostedUiBrowser(domain).signIn(
        authorizeUrl({ state }),
        email,
        password,
      );
      expect(new URL(res.location!).searchParams.get('state')).toBe(state);
    });
  });

  describe('authorization codes', () => {
    it('are single use, and a replay revokes the tokens of the first redemption', async () => {
      const code = await codeFor();
      const first = await redeem(code);
      expect(first.status).toBe(200);
      const { refresh_token } = (await first.json()) as { refresh_token: string };
      const replay = await redeem(code);
      expect(replay.status).toBe(400);
      expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
      const refreshed = await token({
        grant_type: 'refresh_token',
        client_id: emulator.clientId,
        refresh_token,
      });
      expect(refreshed.status).toBe(400);
    });

    it('expire after 5 minutes', async () => {
      const code = await codeFor();
      clock.advance(5 * 60_000 + 1);
      const res = await redeem(code);
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    });

    it('let exactly one of many parallel redemptions succeed', async () => {
      const code = await codeFor();
      const answers = await Promise.all(Array.from({ length: 6 }, () => redeem(code)));
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    });

    it.each([
      ['a wrong verifier', { code_verifier: 'x'.repeat(43) }],
      ['no verifier', { code_verifier: '' }],
      ['a too short verifier', { code_verifier: 'abc' }],
      ['another redirect_uri', { redirect_uri: 'http://localhost:4173/callback' }],
    ])('refuse %s with invalid_grant', async (_name, extra) => {
      const form: Record<string, string> = redeemForm(await codeFor(), extra);
      if (form.code_verifier === '') delete form.code_verifier;
      const res = await token(form);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    });
  });

  it('refuses a verifier when the code had no challenge (client without required PKCE)', async () => {
    const lax = await startCognito({ requirePkce: false });
    try {
      await lax.pool.createUser({ email, password });
      const uri = lax.runtimeConfig('http://localhost:5173').redirectUri;
      const url = `${lax.urls.domain}/oauth2/authorize?response_type=code&client_id=${lax.clientId}&redirect_uri=${encodeURIComponent(uri)}&scope=openid`;
      const answer = await new HostedUiBrowser(lax.urls.domain).signIn(url, email, password);
      const code = new URL(answer.location!).searchParams.get('code')!;
      const res = await redeemCode(lax.urls.domain, {
        clientId: lax.clientId,
        code,
        redirectUri: uri,
        verifier,
      });
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    } finally {
      await lax.close();
    }
  });

  describe('token endpoint hygiene', () => {
    it.each([
      ['GET', () => fetch(`${domain}/oauth2/token`), 405, 'invalid_request'],
      ['a JSON body', () => postToken('application/json', '{}'), 400, 'invalid_request'],
      [
        'an oversized body',
        () =>
          token({ grant_type: 'refresh_token', client_id: 'x', refresh_token: 'a'.repeat(20_000) }),
        413,
        'invalid_request',
      ],
      [
        'a repeated parameter',
        () => postToken('application/x-www-form-urlencoded', 'grant_type=a&grant_type=b'),
        400,
        'invalid_request',
      ],
      [
        'an unknown client',
        () => token({ grant_type: 'refresh_token', client_id: 'nope', refresh_token: 'x' }),
        400,
        'invalid_client',
      ],
      [
        'the password grant',
        () => token({ grant_type: 'password', client_id: emulator.clientId }),
        400,
        'unauthorized_client',
      ],
      [
        'an unknown grant',
        () => token({ grant_type: 'magic', client_id: emulator.clientId }),
        400,
        'unsupported_grant_type',
      ],
      [
        'a garbage refresh token',
        () =>
          token({
            grant_type: 'refresh_token',
            client_id: emulator.clientId,
            refresh_token: 'garbage',
          }),
        400,
        'invalid_grant',
      ],
    ])('answers %s with a clear error', async (_name, send, status, error) => {
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(await res.json()).toMatchObject({ error });
    });

    it('answers the CORS preflight and marks tokens no-store', async () => {
      const pre = await fetch(`${domain}/oauth2/token`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('*');
      const ok = await redeem(await codeFor());
      expect(ok.headers.get('cache-control')).toBe('no-store');
      expect(ok.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    });

    it('sends no CORS header on the authorize endpoint', async () => {
      const res = await fetch(authorizeUrl(), {
        redirect: 'manual',
        headers: { origin: 'http://localhost:5173' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('refresh tokens', () => {
    const refreshTokenFor = async (user = email, pw = password) => {
      const res = await redeem(await codeFor({}, user, pw));
      return ((await res.json()) as { refresh_token: string }).refresh_token;
    };
    const refresh = (rt: string) =>
      token({ grant_type: 'refresh_token', client_id: emulator.clientId, refresh_token: rt });

    it.each([
      ['disabled', (name: string) => emulator.pool.disableUser(name)],
      ['deleted', (name: string) => emulator.pool.deleteUser(name)],
      ['globally signed out', (name: string) => emulator.pool.globalSignOut(name)],
    ])('stop working once the user is %s', async (_name, act) => {
      const user = `rt-${Math.random().toString(36).slice(2)}@example.com`;
      await emulator.pool.createUser({ email: user, password });
      const rt = await refreshTokenFor(user);
      expect((await refresh(rt)).status).toBe(200);
      act(user);
      const res = await refresh(rt);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    });

    it('revoke answers 200 for unknown tokens and refuses access tokens', async () => {
      const revoke = (form: Record<string, string>) =>
        fetch(`${domain}/oauth2/revoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form),
        });
      expect((await revoke({ token: 'unknown', client_id: emulator.clientId })).status).toBe(200);
      const body = (await (await redeem(await codeFor())).json()) as { access_token: string };
      const res = await revoke({ token: body.access_token, client_id: emulator.clientId });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'unsupported_token_type' });
      expect((await revoke({ token: 'x', client_id: 'nope' })).status).toBe(401);
    });
  });

  describe('logout', () => {
    it.each([
      [
        'an unregistered logout_uri',
        (u: string) =>
          `logout_uri=${encodeURIComponent('http://evil.example/signed-out')}&client_id=${u}`,
      ],
      [
        'a logout_uri with added query',
        (u: string) =>
          `logout_uri=${encodeURIComponent('http://localhost:5173/signed-out?x=1')}&client_id=${u}`,
      ],
      [
        'no client_id',
        () => `logout_uri=${encodeURIComponent('http://localhost:5173/signed-out')}`,
      ],
      [
        'OIDC parameters only',
        (u: string) =>
          `client_id=${u}&post_logout_redirect_uri=${encodeURIComponent('http://localhost:5173/signed-out')}`,
      ],
    ])('shows the error page for %s', async (_name, query) => {
      const res = await fetch(`${domain}/logout?${query(emulator.clientId)}`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    });

    it('with redirect_uri ends the session and shows the sign-in page again', async () => {
      const browser = new HostedUiBrowser(domain);
      await browser.signIn(authorizeUrl(), email, password);
      expect(browser.cookies.has('cognito')).toBe(true);
      const res = await browser.request(authorizeUrl().replace('/oauth2/authorize', '/logout'));
      expect(new URL(res.location!, domain).pathname).toBe('/login');
      expect(browser.cookies.has('cognito')).toBe(false);
    });
  });

  describe('sign-in form', () => {
    const loginPage = async (browser: HostedUiBrowser) => {
      const first = await browser.request(authorizeUrl());
      return browser.request(first.location!);
    };
    /** Opens the sign-in page (unless given) and posts its form with these fields. */
    const signIn = async (
      browser: HostedUiBrowser,
      fields: Record<string, string>,
      page?: Awaited<ReturnType<typeof loginPage>>,
    ) => browser.submit(page ?? (await loginPage(browser)), fields, 'cognitoSignInForm');

    it('sends anti-framing, CSP and no-store headers on every page', async () => {
      const browser = new HostedUiBrowser(domain);
      const page = await loginPage(browser);
      for (const res of [
        page,
        await browser.request(`/signup?${new URL(authorizeUrl()).searchParams}`),
        await browser.request('/error?error=x'),
      ]) {
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(res.headers.get('content-security-policy')).not.toContain('script-src');
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
      expect(page.body).toContain('name="cognitoSignInForm"');
      expect(page.body).toMatch(/<input\s+id="signInFormUsername"\s+name="username"/);
      expect(page.body).toMatch(
        /<input\s+id="signInFormPassword"\s+name="password"\s+type="password"/,
      );
      expect(page.body).toMatch(/name="signInSubmitButton"\s+type="submit"\s+value="Sign in"/);
      expect(page.body).toMatch(/<label for="signInFormUsername">Email<\/label>/);
      expect(page.body).toContain('name="cognitoAsfData"');
      expect(page.body).not.toContain('<script');
    });

    it('refuses a post whose CSRF token does not match the cookie', async () => {
      const browser = new HostedUiBrowser(domain);
      const page = await loginPage(browser);
      const res = await signIn(browser, { username: email, password, _csrf: 'A'.repeat(43) }, page);
      expect(res.status).toBe(403);
      const noCookie = new HostedUiBrowser(domain);
      const res2 = await signIn(noCookie, { username: email, password }, page);
      expect(res2.status).toBe(403);
    });

    it('gives the same answer for an unknown user and a wrong password', async () => {
      const browser = new HostedUiBrowser(domain);
      const a = await signIn(browser, { username: 'nobody@example.com', password });
      const b = await signIn(browser, { username: email, password: 'Wrong-Pass-1' });
      expect(a.status).toBe(b.status);
      for (const r of [a, b])
        expect(r.body).toContain(
          '<div class="alert" role="alert" id="form-error">Incorrect username or password.</div>',
        );
    });

    it('escapes what it echoes', async () => {
      const browser = new HostedUiBrowser(domain);
      const res = await signIn(browser, {
        username: '<img src=x onerror=alert(1)>',
        password: 'x',
      });
      expect(res.body).not.toContain('<img src=x');
      expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
      const err = await browser.request('/error?error=%3Cscript%3Ealert(1)%3C/script%3E');
      expect(err.body).not.toContain('<script>');
    });

    it('answers oversized and malformed posts with 4xx', async () => {
      const browser = new HostedUiBrowser(domain);
      const page = await loginPage(browser);
      const big = await signIn(browser, { username: email, password: 'x'.repeat(20_000) }, page);
      expect(big.status).toBe(413);
      const json = await browser.request(`/login?${new URL(authorizeUrl()).searchParams}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      expect(json.status).toBe(415);
      const put = await browser.request('/login', { method: 'PUT' });
      expect(put.status).toBe(405);
    });

    it('locks the account after repeated failures, even for the right password, then lets it in', async () => {
      const user = 'locked@example.com';
      await emulator.pool.createUser({ email: user, password });
      const browser = new HostedUiBrowser(domain);
      const attempt = async (pw: string) => signIn(browser, { username: user, password: pw });
      for (let i = 0; i < 5; i++)
        expect((await attempt('Wrong-Pass-1')).body).toContain('Incorrect username or password.');
      expect((await attempt('Wrong-Pass-1')).body).toContain('Password attempts exceeded');
      expect((await attempt(password)).body).toContain('Password attempts exceeded');
      clock.advance(1001);
      expect((await attempt('Wrong-Pass-1')).body).toContain('Password attempts exceeded');
      clock.advance(1999);
      expect((await attempt(password)).body).toContain('Password attempts exceeded');
      clock.advance(2);
      expect((await attempt(password)).status).toBe(302);
    });

    it('locks unknown users the same way', async () => {
      const browser = new HostedUiBrowser(domain);
      const attempt = async () =>
        signIn(browser, { username: 'ghost@example.com', password: 'Wrong-Pass-1' });
      for (let i = 0; i < 5; i++) await attempt();
      expect((await attempt()).body).toContain('Password attempts exceeded');
    });
  });
});
