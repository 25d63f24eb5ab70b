// The local test IdP as an ordinary OpenID provider: openid-client discovers it, signs in with
// code + PKCE and client_secret_post, and verifies its RS256 ID token; its page refuses what a
// strict provider refuses and escapes what it shows.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { randomIds } from '../../emulator/cognito/pool-context';
import { findForm, HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import { createTestIdp, type TestIdp } from '../../emulator/test-idp/create-test-idp';

const secret = 'test-idp-secret-0123456789';

describe('local test IdP with openid-client as the relying party', () => {
  let server: Server;
  let idp: TestIdp;
  let origin: string;
  let redirectUri: string;
  let config: oidc.Configuration;
  // Starts at the real time: openid-client checks `exp` against its own clock.
  const clock = createManualClock(Date.now());

  beforeAll(async () => {
    let handler: TestIdp['handle'] = () => Promise.resolve(false);
    server = createServer((req, res) => {
      void handler(req, res, new URL(req.url ?? '/', origin)).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    redirectUri = `${origin}/oauth2/idpresponse`;
    idp = createTestIdp({
      origin,
      client: { clientId: 'pool-at-idp', clientSecret: secret, redirectUri },
      clock,
      ids: randomIds,
    });
    handler = (req, res, url) => idp.handle(req, res, url);
    config = await oidc.discovery(
      new URL(idp.issuer),
      'pool-at-idp',
      undefined,
      oidc.ClientSecretPost(secret),
      { execute: [oidc.allowInsecureRequests] },
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function authorize(extra: Record<string, string> = {}) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      ...extra,
    });
    return { url, verifier, state, nonce };
  }

  it('serves discovery and JWKS that an ordinary client accepts', () => {
    const m = config.serverMetadata();
    expect(m.issuer).toBe(idp.issuer);
    expect(m.token_endpoint).toBe(`${idp.issuer}/token`);
    expect(m.token_endpoint_auth_methods_supported).toContain('client_secret_post');
    expect(m.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('signs a created identity in; openid-client verifies the RS256 ID token and userinfo', async () => {
    const { url, verifier, state, nonce } = await authorize();
    const browser = new HostedUiBrowser(origin);
    const page = await browser.request(url.href);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const answer = await browser.submit(
      page,
      { email: 'grace@example.com', name: 'Grace', subject: 'grace-1', email_verified: 'true' },
      'createIdentity',
    );
    expect(answer.status).toBe(302);
    const callback = new URL(answer.location!);
    expect(callback.searchParams.get('state')).toBe(state);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    expect(tokens.claims()).toMatchObject({
      iss: idp.issuer,
      aud: 'pool-at-idp',
      sub: 'grace-1',
      email: 'grace@example.com',
      email_verified: true,
      name: 'Grace',
      nonce,
    });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, 'grace-1');
    expect(info).toMatchObject({ sub: 'grace-1', email: 'grace@example.com', name: 'Grace' });
    // The identity is offered next time, by the same stable subject.
    const again = await browser.request((await authorize()).url.href);
    expect(findForm(again.body, 'pickIdentity0').fields).toMatchObject({ subject: 'grace-1' });
  });

  /** A code for `grace-1` (created above) and the request that got it. */
  async function codeFor() {
    const request = await authorize();
    const browser = new HostedUiBrowser(origin);
    const page = await browser.request(request.url.href);
    const answer = await browser.submit(page, {}, 'pickIdentity0');
    const code = new URL(answer.location!).searchParams.get('code')!;
    return { ...request, code };
  }

  const redeem = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields),
    });

  /** The token request that redeems `code` as the pool does. */
  const redeemFields = (code: string, verifier: string) => ({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: 'pool-at-idp',
    client_secret: secret,
    code_verifier: verifier,
  });

  it('redeems a code once, only with the secret, the redirect_uri and the PKCE verifier', async () => {
    const { code, verifier } = await codeFor();
    const base = redeemFields(code, verifier);
    expect((await redeem({ ...base, client_secret: 'wrong' })).status).toBe(401);
    const first = await codeFor();
    expect(
      (await redeem({ ...base, code: first.code, code_verifier: 'x'.repeat(43) })).status,
    ).toBe(400);
    const second = await codeFor();
    const wrongRedirect = await redeem({
      ...base,
      code: second.code,
      code_verifier: second.verifier,
      redirect_uri: `${origin}/elsewhere`,
    });
    expect(wrongRedirect.status).toBe(400);
    const ok = await codeFor();
    const fields = { ...base, code: ok.code, code_verifier: ok.verifier };
    expect((await redeem(fields)).status).toBe(200);
    const replay = await redeem(fields);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers a malformed Basic header, or a secret of another byte length, 401 invalid_client', async () => {
    const { code, verifier } = await codeFor();
    const fields: Record<string, string> = { ...redeemFields(code, verifier) };
    delete fields['client_id'];
    delete fields['client_secret'];
    const basic = (text: string) => ({
      authorization: `Basic ${Buffer.from(text, 'utf8').toString('base64')}`,
    });
    for (const header of [
      basic('pool-at-idp:%E0%A4%A'),
      // As many UTF-16 units as the secret, more bytes: a naive comparison would throw.
      basic(`pool-at-idp:${'é'.repeat(secret.length)}`),
    ]) {
      const res = await redeem(fields, header);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'invalid_client' });
    }
  });

  it('lets a code expire after 5 minutes', async () => {
    const { code, verifier } = await codeFor();
    clock.advance(300_000);
    const res = await redeem(redeemFields(code, verifier));
    expect(res.status).toBe(400);
  });

  it.each([
    ['an unknown client', { client_id: 'other' }, 400],
    ['another redirect_uri', { redirect_uri: 'https://evil.example/cb' }, 400],
    ['a repeated parameter', { state: ['a', 'b'] }, 400],
    ['an oversized state', { state: 's'.repeat(5000) }, 400],
  ])('shows an error page for %s', async (_, params, status) => {
    const url = new URL(`${idp.issuer}/authorize`);
    const base: Record<string, string | string[]> = {
      client_id: 'pool-at-idp',
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid',
      ...params,
    };
    for (const [k, v] of Object.entries(base))
      for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, one);
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(status);
  });

  it.each([
    ['no openid scope', { scope: 'email' }, 'invalid_scope'],
    ['another response_type', { response_type: 'token' }, 'unsupported_response_type'],
    ['a plain PKCE challenge', { code_challenge_method: 'plain' }, 'invalid_request'],
  ])('sends %s back to the redirect_uri as an error', async (_, params, error) => {
    const { url } = await authorize(params);
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe(error);
  });

  it('escapes hostile identity details and refuses bad ones with the reason', async () => {
    const { url } = await authorize();
    const browser = new HostedUiBrowser(origin);
    const page = await browser.request(url.href);
    const hostile = '<script>alert(1)</script>"\'&';
    const created = await browser.submit(
      page,
      { email: 'x@example.com', name: hostile, subject: 'hostile-1' },
      'createIdentity',
    );
    expect(created.status).toBe(302);
    const shown = await browser.request(url.href);
    expect(shown.body).not.toContain('<script>');
    expect(shown.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    for (const [values, message] of [
      [{ email: '' }, 'Enter an email address.'],
      [{ email: 'not-an-email' }, 'Enter a valid email address.'],
      [{ email: 'a@example.com', name: 'n'.repeat(257) }, 'at most 256'],
      [{ email: 'a@example.com', subject: 'has space' }, 'The subject may have'],
      [{ email: 'a@example.com', subject: 's'.repeat(65) }, 'The subject may have'],
      [{ email: 'a@example.com', name: 'a\u0000b' }, 'control characters'],
      [{ email: '"><img src=x onerror=alert(1)>@x.com' }, 'valid email'],
    ] as const) {
      const refused = await browser.submit(shown, values, 'createIdentity');
      expect(refused.status, JSON.stringify(values)).toBe(400);
      expect(refused.body).toContain(message);
      expect(refused.body).not.toContain('<img');
    }
  });

  it('refuses a post without the CSRF token, an unknown identity and an oversized form', async () => {
    const { url } = await authorize();
    const browser = new HostedUiBrowser(origin);
    const page = await browser.request(url.href);
    const noCsrf = await browser.submit(page, { _csrf: '' }, 'pickIdentity0');
    expect(noCsrf.status).toBe(403);
    const unknown = await browser.submit(page, { subject: 'nobody' }, 'pickIdentity0');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain('no longer exists');
    const big = await browser.submit(page, { name: 'n'.repeat(9000) }, 'createIdentity');
    expect(big.status).toBe(413);
  });
});
