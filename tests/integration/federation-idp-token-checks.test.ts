// exchangeIdpCode against a scripted IdP over real HTTP: only an ID token signed by the IdP's
// JWKS key, for this issuer, audience and nonce, and not expired, is accepted; tampered,
// foreign-signed, unsigned or malformed answers are IdpExchangeError.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import {
  exchangeIdpCode,
  IdpExchangeError,
} from '../../emulator/cognito/federation/exchange-idp-code';
import type { IdentityProviderConfig } from '../../emulator/cognito/federation/identity-provider-config';
import type { PoolContext } from '../../emulator/cognito/pool-context';

const nonce = 'expected-nonce';
const clock = createManualClock(Date.UTC(2026, 5, 1));

describe('exchangeIdpCode', () => {
  let server: Server;
  let origin: string;
  /** What the scripted token endpoint answers next. */
  let answer: { status: number; body: string } = { status: 500, body: '' };
  let received: URLSearchParams | undefined;
  let sign: (claims: JWTPayload, options?: { foreign?: boolean }) => Promise<string>;

  beforeAll(async () => {
    const own = await generateKeyPair('RS256');
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(own.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .sign(options.foreign ? foreign.privateKey : own.privateKey);
    server = createServer((req, res) => {
      if (req.url === '/jwks') return res.end(JSON.stringify({ keys: [jwk] }));
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received = new URLSearchParams(body);
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const provider = (): IdentityProviderConfig => ({
    name: 'Scripted',
    type: 'OIDC',
    scopes: ['openid'],
    attributeMapping: { username: 'sub' },
    clientId: 'pool-client',
    clientSecret: 'pool-secret',
    issuer: origin,
    authorizeUrl: `${origin}/authorize`,
    tokenUrl: `${origin}/token`,
    jwksUri: `${origin}/jwks`,
    attributesUrl: `${origin}/userinfo`,
    createdAt: 0,
  });
  const ctx = {
    config: { domain: 'http://pool.test' },
    clock,
    log: () => undefined,
  } as unknown as PoolContext;
  const now = Math.floor(clock.now() / 1000);
  const good: JWTPayload = {
    iss: '',
    aud: 'pool-client',
    sub: 'person-1',
    iat: now,
    exp: now + 600,
    nonce,
  };
  const claims = (extra: JWTPayload = {}) => ({ ...good, iss: origin, ...extra });
  const withToken = async (token: string) => {
    answer = { status: 200, body: JSON.stringify({ id_token: token, access_token: 'a' }) };
    return exchangeIdpCode(ctx, provider(), 'the-code', nonce);
  };

  it('accepts a valid token and authenticates with client_secret_post', async () => {
    const payload = await withToken(await sign(claims()));
    expect(payload.sub).toBe('person-1');
    expect(Object.fromEntries(received!)).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'http://pool.test/oauth2/idpresponse',
      client_id: 'pool-client',
      client_secret: 'pool-secret',
    });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign(claims())).split('.');
    const forged = Buffer.from(JSON.stringify(claims({ sub: 'someone-else' }))).toString(
      'base64url',
    );
    await expect(withToken(`${header}.${forged}.${signature}`)).rejects.toThrow(IdpExchangeError);
  });

  it.each([
    ['signed by another key', () => sign(claims(), { foreign: true })],
    [
      'unsigned (alg none)',
      async () => {
        const body = Buffer.from(JSON.stringify(claims())).toString('base64url');
        return `${Buffer.from('{"alg":"none"}').toString('base64url')}.${body}.`;
      },
    ],
    ['for another issuer', () => sign(claims({ iss: 'https://evil.example' }))],
    ['for another audience', () => sign(claims({ aud: 'someone-else' }))],
    ['expired', () => sign(claims({ exp: now - 1 }))],
    ['with another nonce', () => sign(claims({ nonce: 'replayed' }))],
    ['without a nonce', () => sign(claims({ nonce: undefined }))],
    ['without sub', () => sign(claims({ sub: undefined }))],
    ['that is not a JWT', async () => 'not-a-jwt'],
  ])('refuses a token %s', async (_, make) => {
    await expect(withToken(await make())).rejects.toThrow(IdpExchangeError);
  });

  it.each([
    ['an error status', { status: 400, body: '{"error":"invalid_grant"}' }],
    ['a body that is not JSON', { status: 200, body: '<html>' }],
    ['no id_token', { status: 200, body: '{"access_token":"a"}' }],
    ['an oversized body', { status: 200, body: JSON.stringify({ id_token: 'x'.repeat(70_000) }) }],
  ])('refuses %s from the token endpoint', async (_, scripted) => {
    answer = scripted;
    await expect(exchangeIdpCode(ctx, provider(), 'c', nonce)).rejects.toThrow(IdpExchangeError);
  });
});
