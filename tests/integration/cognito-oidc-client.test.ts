import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import { implicitTestClient } from '../../emulator/cognito/testing/implicit-client';
import type { Emulator } from '../../emulator/create-emulator';
import { startCognito } from './start-test-emulator';

const email = 'ada@example.com';
const password = 'Correct-Horse-1';

describe('Cognito emulator with openid-client as the relying party', () => {
  let emulator: Emulator;
  let config: oidc.Configuration;
  let redirectUri: string;

  beforeAll(async () => {
    emulator = await startCognito({ appClients: [implicitTestClient] });
    await emulator.pool.createUser({ email, password, attributes: { name: 'Ada' } });
    redirectUri = emulator.runtimeConfig('http://localhost:5173').redirectUri;
    config = await oidc.discovery(
      new URL(emulator.urls.issuer),
      emulator.clientId,
      undefined,
      oidc.None(),
      {
        execute: [oidc.allowInsecureRequests],
      },
    );
  });
  afterAll(() => emulator.close());

  /** An authorize URL with a fresh PKCE verifier (code flow, S256). */
  async function authorizeUrl(params: Record<string, string>) {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      ...params,
    });
    return { url, verifier };
  }

  async function signIn(browser: HostedUiBrowser, extra: Record<string, string> = {}) {
    const state = oidc.randomState();
    const { url, verifier } = await authorizeUrl({
      scope: 'openid email profile',
      state,
      ...extra,
    });
    const answer = await browser.signIn(url.href, email, password);
    expect(answer.status).toBe(302);
    const callback = new URL(answer.location!);
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      ...(extra.nonce ? { expectedNonce: extra.nonce } : {}),
    });
    return { tokens, callback };
  }

  it('discovers Cognito-shaped metadata under the issuer', () => {
    const m = config.serverMetadata();
    expect(m.issuer).toBe(emulator.urls.issuer);
    expect(m.authorization_endpoint).toBe(`${emulator.urls.domain}/oauth2/authorize`);
    expect(m.token_endpoint).toBe(`${emulator.urls.domain}/oauth2/token`);
    expect(m.userinfo_endpoint).toBe(`${emulator.urls.domain}/oauth2/userInfo`);
    expect(m.jwks_uri).toBe(emulator.urls.jwks);
    expect(m.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('publishes two RSA keys with 44-character base64 kids', async () => {
    const jwks = (await (await fetch(emulator.urls.jwks)).json()) as {
      keys: Record<string, string>[];
    };
    expect(jwks.keys).toHaveLength(2);
    for (const key of jwks.keys) {
      expect(Object.keys(key)).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key.kid).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(key.n!, 'base64url')).toHaveLength(256);
    }
  });

  it('signs in with code + PKCE through the hosted form and issues Cognito claims', async () => {
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const { tokens, callback } = await signIn(browser, { nonce: 'n-0S6_WzA2Mj' });
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.expires_in).toBe(3600);
    const jwks = createRemoteJWKSet(new URL(emulator.urls.jwks));
    const id = await jwtVerify(tokens.id_token!, jwks, {
      issuer: emulator.urls.issuer,
      audience: emulator.clientId,
      algorithms: ['RS256'],
    });
    const access = await jwtVerify(tokens.access_token, jwks, {
      issuer: emulator.urls.issuer,
      algorithms: ['RS256'],
    });
    expect(Object.keys(decodeProtectedHeader(tokens.id_token!))).toEqual(['kid', 'alg']);
    expect(decodeProtectedHeader(tokens.id_token!).kid).not.toBe(
      decodeProtectedHeader(tokens.access_token).kid,
    );
    const sub = emulator.pool.getUser(email)!.username;
    expect(id.payload).toMatchObject({
      sub,
      aud: emulator.clientId,
      email,
      email_verified: true,
      'cognito:username': sub,
      token_use: 'id',
      nonce: 'n-0S6_WzA2Mj',
      name: 'Ada',
    });
    for (const claim of [
      'auth_time',
      'iss',
      'exp',
      'iat',
      'jti',
      'origin_jti',
      'at_hash',
      'event_id',
    ])
      expect(id.payload).toHaveProperty(claim);
    expect(id.payload).not.toHaveProperty('cognito:groups');
    expect(access.payload).toMatchObject({
      sub,
      client_id: emulator.clientId,
      username: sub,
      token_use: 'access',
      scope: 'openid email profile',
    });
    expect(access.payload).not.toHaveProperty('aud');
    expect(access.payload.origin_jti).toBe(id.payload.origin_jti);
    expect(typeof tokens.refresh_token).toBe('string');
  });

  it('refreshes with the same sub, auth_time and origin_jti and a rotated refresh token', async () => {
    const { tokens } = await signIn(new HostedUiBrowser(emulator.urls.domain));
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    const before = decodeJwt(tokens.id_token!);
    const after = decodeJwt(refreshed.id_token!);
    expect(after.sub).toBe(before.sub);
    expect(after.auth_time).toBe(before.auth_time);
    expect(after.origin_jti).toBe(before.origin_jti);
    expect(after.jti).not.toBe(before.jti);
    // The product's client rotates (issue 15); a client that does not gets none: see
    // cognito-refresh-rotation.test.ts.
    expect(refreshed.refresh_token).toEqual(expect.any(String));
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
  });

  it('answers userInfo with string booleans and the username', async () => {
    const { tokens } = await signIn(new HostedUiBrowser(emulator.urls.domain));
    const sub = decodeJwt(tokens.id_token!).sub!;
    const info = await oidc.fetchUserInfo(config, tokens.access_token, sub);
    expect(info).toMatchObject({ sub, email, email_verified: 'true', username: sub, name: 'Ada' });
  });

  it('revokes a refresh token so it can no longer refresh', async () => {
    const { tokens } = await signIn(new HostedUiBrowser(emulator.urls.domain));
    await oidc.tokenRevocation(config, tokens.refresh_token!);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await expect(
      oidc.fetchUserInfo(config, tokens.access_token, oidc.skipSubjectCheck),
    ).rejects.toThrow();
  });

  it('signs a second authorize in from the hosted-UI session cookie, until /logout ends it', async () => {
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const { tokens: first } = await signIn(browser);
    const { url, verifier } = await authorizeUrl({ scope: 'openid email', state: 'again' });
    const sso = await browser.request(url.href);
    expect(sso.status).toBe(302);
    const callback = new URL(sso.location!);
    expect(callback.searchParams.get('state')).toBe('again');
    const second = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: 'again',
    });
    expect(decodeJwt(second.id_token!).auth_time).toBe(decodeJwt(first.id_token!).auth_time);

    const logoutUri = emulator.runtimeConfig('http://localhost:5173').logoutUri;
    const out = await browser.request(
      `/logout?client_id=${emulator.clientId}&logout_uri=${encodeURIComponent(logoutUri)}`,
    );
    expect(out.status).toBe(302);
    expect(out.location).toBe(logoutUri);
    expect(
      out.headers.getSetCookie().some((c) => c.startsWith('cognito=;') && c.includes('Max-Age=0')),
    ).toBe(true);
    const afterLogout = await browser.request(url.href);
    expect(new URL(afterLogout.location!, emulator.urls.domain).pathname).toBe('/login');
  });

  it('returns tokens in the fragment for response_type=token', async () => {
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const url = `${emulator.urls.domain}/oauth2/authorize?response_type=token&client_id=${implicitTestClient.ClientId}&redirect_uri=${encodeURIComponent(redirectUri)}&scope=openid&state=imp`;
    const answer = await browser.signIn(url, email, password);
    const fragment = new URLSearchParams(new URL(answer.location!).hash.slice(1));
    expect(fragment.get('token_type')).toBe('bearer');
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('state')).toBe('imp');
    expect(decodeJwt(fragment.get('id_token')!).token_use).toBe('id');
    expect(fragment.has('refresh_token')).toBe(false);
  });

  it("refuses response_type=token for the product's client (implicit grant off)", async () => {
    const url = `${emulator.urls.domain}/oauth2/authorize?response_type=token&client_id=${emulator.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&scope=openid&state=imp`;
    const answer = await new HostedUiBrowser(emulator.urls.domain).request(url);
    const location = new URL(answer.location!);
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('error')).toBe('unauthorized_client');
    expect(fragment.get('state')).toBe('imp');
    expect(fragment.has('id_token')).toBe(false);
  });
});
