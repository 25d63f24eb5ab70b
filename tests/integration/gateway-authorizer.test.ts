// The local gateway's Cognito User Pools authorizer over real HTTP: hostile tokens never reach the
// handler, valid ID tokens do (raw or Bearer), claims arrive as AWS's strings, keys rotate, and a
// cached allow never outlives the token's exp.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import type { JSONWebKeySet } from 'jose';
import {
  b64url,
  CLIENT_ID,
  createTestClock,
  idTokenClaims,
  ISSUER,
  jwksOf,
  makeSigningKey,
  OTHER_CLIENT_ID,
  secondsOf,
  send,
  signRaw,
  signToken,
  startTestGateway,
} from './gateway-fixtures';
import type { SigningKey, TestGateway } from './gateway-fixtures';

const UNAUTHORIZED = '{"message":"Unauthorized"}';
const EXPIRED = '{"message":"The incoming token has expired"}';

let key: SigningKey;
let attackerKey: SigningKey;
const clock = createTestClock();
let gateway: TestGateway;

beforeAll(async () => {
  [key, attackerKey] = await Promise.all([makeSigningKey(), makeSigningKey()]);
  gateway = await startTestGateway({ getJwks: () => jwksOf(key), clock, cacheTtlSeconds: 300 });
});
afterAll(() => gateway.close());
afterEach(() => {
  gateway.calls.length = 0;
});

const list = (headers: Record<string, string | string[]>) =>
  send(`${gateway.baseUrl}/transactions`, { headers });
const now = () => secondsOf(clock);
const validToken = () => signToken(key, idTokenClaims(now()));

type Hostile = () => Promise<Record<string, string | string[]>>;

const hostileTokens: ReadonlyArray<[string, Hostile]> = [
  ['no token', async () => ({})],
  ['an empty header', async () => ({ Authorization: '' })],
  [
    'alg none without signature',
    async () => ({
      Authorization: `${b64url({ alg: 'none', kid: key.kid })}.${b64url(idTokenClaims(now()))}.`,
    }),
  ],
  [
    'alg None with the original signature',
    async () => {
      const [, , signature] = (await validToken()).split('.');
      return {
        Authorization: `${b64url({ alg: 'None', kid: key.kid })}.${b64url(idTokenClaims(now()))}.${signature}`,
      };
    },
  ],
  [
    'HS256 signed with the public key as the secret',
    async () => ({
      Authorization: await new SignJWT(idTokenClaims(now()))
        .setProtectedHeader({ alg: 'HS256', kid: key.kid })
        .sign(new TextEncoder().encode(key.publicPem)),
    }),
  ],
  [
    'a flipped bit in the signature',
    async () => {
      const [h, p, s] = (await validToken()).split('.');
      const signature = Buffer.from(s!, 'base64url');
      signature[17]! ^= 0x01;
      return { Authorization: `${h}.${p}.${signature.toString('base64url')}` };
    },
  ],
  [
    'a flipped bit in the payload',
    async () => {
      const [h, , s] = (await validToken()).split('.');
      return {
        Authorization: `${h}.${b64url(idTokenClaims(now(), { sub: 'someone-else' }))}.${s}`,
      };
    },
  ],
  [
    'an unknown kid',
    async () => ({ Authorization: await signToken(attackerKey, idTokenClaims(now())) }),
  ],
  [
    'a hostile kid',
    async () => ({
      Authorization: await signToken(attackerKey, idTokenClaims(now()), {
        kid: '../../../../dev/null',
      }),
    }),
  ],
  [
    'another key reusing our kid',
    async () => ({
      Authorization: await signToken(attackerKey, idTokenClaims(now()), { kid: key.kid }),
    }),
  ],
  [
    'an attacker key in a jwk header',
    async () => ({
      Authorization: await signToken(attackerKey, idTokenClaims(now()), {
        kid: key.kid,
        jwk: attackerKey.publicJwk,
      }),
    }),
  ],
  [
    'no kid',
    async () => ({ Authorization: await signToken(key, idTokenClaims(now()), { kid: undefined }) }),
  ],
  [
    'a crit header',
    async () => ({
      Authorization: signRaw(
        key,
        { alg: 'RS256', kid: key.kid, crit: ['x-unknown'], 'x-unknown': 1 },
        idTokenClaims(now()),
      ),
    }),
  ],
  [
    'nbf in the future',
    async () => ({
      Authorization: await signToken(key, idTokenClaims(now(), { nbf: now() + 600 })),
    }),
  ],
  [
    'another issuer',
    async () => ({
      Authorization: await signToken(
        key,
        idTokenClaims(now(), { iss: 'https://cognito-idp.local.amazonaws.com/local_Other9999' }),
      ),
    }),
  ],
  [
    'the issuer with a trailing slash',
    async () => ({
      Authorization: await signToken(key, idTokenClaims(now(), { iss: `${ISSUER}/` })),
    }),
  ],
  [
    'an access token',
    async () => {
      const claims = idTokenClaims(now(), {
        aud: undefined, // access tokens carry client_id instead
        token_use: 'access',
        client_id: CLIENT_ID,
        scope: 'openid',
      });
      return { Authorization: await signToken(key, claims) };
    },
  ],
  [
    'no token_use',
    async () => ({
      Authorization: await signToken(key, idTokenClaims(now(), { token_use: undefined })),
    }),
  ],
  [
    'no exp',
    async () => ({ Authorization: await signToken(key, idTokenClaims(now(), { exp: undefined })) }),
  ],
  [
    'exp as a string',
    async () => ({
      Authorization: await signToken(
        key,
        idTokenClaims(now(), { exp: '9999999999' as unknown as number }),
      ),
    }),
  ],
  ['garbage', async () => ({ Authorization: 'garbage' })],
  ['three segments of garbage', async () => ({ Authorization: 'aaa.bbb.ccc' })],
  ['Basic credentials', async () => ({ Authorization: 'Basic dXNlcjpwYXNz' })],
  ['Bearer with extra spaces', async () => ({ Authorization: `Bearer   ${await validToken()}` })],
  ['Bearer without a token', async () => ({ Authorization: 'Bearer' })],
  [
    'two tokens comma-joined',
    async () => ({ Authorization: `${await validToken()}, ${await validToken()}` }),
  ],
  [
    'two tokens space-joined',
    async () => ({ Authorization: `Bearer ${await validToken()} ${await validToken()}` }),
  ],
  [
    'two Authorization headers',
    async () => ({ Authorization: [await validToken(), await validToken()] }),
  ],
  ['the token in another header', async () => ({ 'X-Authorization': await validToken() })],
];

describe('gateway Cognito authorizer', () => {
  it.each(hostileTokens)(
    'answers 401 Unauthorized to %s without invoking the handler',
    async (_name, build) => {
      const response = await list(await build());
      expect(response.status).toBe(401);
      expect(response.body).toBe(UNAUTHORIZED);
      expect(response.headers['content-type']).toBe('application/json');
      expect(response.headers['x-amzn-errortype']).toBe('UnauthorizedException');
      expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
      expect(gateway.calls).toHaveLength(0);
    },
  );

  it.each([
    ['one second ago', -1],
    ['exactly now', 0],
  ])('answers the expired message to a token that expired %s', async (_name, offset) => {
    const token = await signToken(key, idTokenClaims(now() - 3600, { exp: now() + offset }));
    const response = await list({ Authorization: token });
    expect(response.status).toBe(401);
    expect(response.body).toBe(EXPIRED);
    expect(response.headers['x-amzn-errortype']).toBe('UnauthorizedException');
    expect(gateway.calls).toHaveLength(0);
  });

  it('refuses a 12 KB token header as Unauthorized before any authorizer work', async () => {
    const response = await list({ Authorization: `Bearer ${'a'.repeat(12 * 1024)}` });
    expect(response.status).toBe(401);
    expect(response.body).toBe(UNAUTHORIZED);
    expect(gateway.calls).toHaveLength(0);
  });

  it.each([
    ['a raw token', (t: string) => t],
    ['Bearer <token>', (t: string) => `Bearer ${t}`],
    ['bearer <token>', (t: string) => `bearer ${t}`],
  ])('lets a valid ID token through as %s', async (_name, format) => {
    const response = await list({ Authorization: format(await validToken()) });
    expect(response.status).toBe(200);
    expect(response.body).toBe('{"ok":true}');
    expect(gateway.calls).toHaveLength(1);
  });

  it('hands the handler every claim as the string API Gateway sends', async () => {
    const iat = now();
    await list({
      Authorization: await signToken(key, idTokenClaims(iat, { exp: 1893456000, iat: 1893452400 })),
    });
    const claims = gateway.calls[0]!.event.requestContext.authorizer?.['claims'] as Record<
      string,
      unknown
    >;
    expect(claims).toEqual({
      sub: 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4',
      'cognito:groups': 'admin,staging-manager',
      email_verified: 'true',
      iss: ISSUER,
      'cognito:username': 'alice',
      origin_jti: '2c50f7d-b559-4f1f-a97f-d4054d10eba9',
      aud: CLIENT_ID,
      event_id: 'a4280fe1-3671-4c86-b20f-83d55e0de785',
      token_use: 'id',
      auth_time: String(iat),
      exp: 'Tue Jan 01 00:00:00 UTC 2030',
      iat: 'Mon Dec 31 23:00:00 UTC 2029',
      jti: '0f945e9f-ae39-40a4-99e0-468f18e2f98f',
      email: 'alice@example.com',
    });
    expect(Object.values(claims).every((value) => typeof value === 'string')).toBe(true);
  });

  it('never writes the token into the access log', async () => {
    const token = await validToken();
    await list({ Authorization: `Bearer ${token}` });
    await list({ Authorization: `${token}x` });
    const log = gateway.logLines.join('\n');
    expect(log).not.toContain(token.split('.')[2]!);
    expect(log).toContain('"authorizer":"deny:bad-signature"');
  });
});

describe('gateway authorizer audience pin', () => {
  it('passes a token of another app client of the pool when not pinned, as AWS does', async () => {
    const response = await list({
      Authorization: await signToken(key, idTokenClaims(now(), { aud: OTHER_CLIENT_ID })),
    });
    expect(response.status).toBe(200);
  });

  it('refuses a token of another app client when aud is pinned, and accepts our own', async () => {
    const pinned = await startTestGateway({
      getJwks: () => jwksOf(key),
      clock,
      audience: CLIENT_ID,
    });
    try {
      const other = await send(`${pinned.baseUrl}/transactions`, {
        headers: {
          Authorization: await signToken(key, idTokenClaims(now(), { aud: OTHER_CLIENT_ID })),
        },
      });
      expect([other.status, other.body]).toEqual([401, UNAUTHORIZED]);
      const ours = await send(`${pinned.baseUrl}/transactions`, {
        headers: { Authorization: await validToken() },
      });
      expect(ours.status).toBe(200);
      expect(pinned.calls).toHaveLength(1);
    } finally {
      await pinned.close();
    }
  });
});

describe('gateway authorizer keys and cache', () => {
  it('accepts a token signed with a key that appears in the JWKS after rotation', async () => {
    const rotated = await makeSigningKey();
    let jwks: JSONWebKeySet = jwksOf(key);
    let reads = 0;
    const localClock = createTestClock();
    const rotating = await startTestGateway({
      getJwks: () => {
        reads += 1;
        return jwks;
      },
      clock: localClock,
    });
    try {
      const url = `${rotating.baseUrl}/transactions`;
      const first = await send(url, {
        headers: { Authorization: await signToken(key, idTokenClaims(secondsOf(localClock))) },
      });
      expect(first.status).toBe(200);
      jwks = jwksOf(key, rotated);
      localClock.advance(2000);
      const token = await signToken(rotated, idTokenClaims(secondsOf(localClock)));
      const second = await send(url, { headers: { Authorization: token } });
      expect(second.status).toBe(200);
      expect(reads).toBe(2);
    } finally {
      await rotating.close();
    }
  });

  it('re-reads the JWKS at most once per cool-down under a flood of unknown kids', async () => {
    let reads = 0;
    const flood = await startTestGateway({
      getJwks: () => {
        reads += 1;
        return jwksOf(key);
      },
      clock,
    });
    try {
      const tokens = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          signToken(attackerKey, idTokenClaims(now()), { kid: `random-${i}` }),
        ),
      );
      const responses = await Promise.all(
        tokens.map((token) =>
          send(`${flood.baseUrl}/transactions`, { headers: { Authorization: token } }),
        ),
      );
      expect(responses.every((r) => r.status === 401)).toBe(true);
      expect(reads).toBeLessThanOrEqual(2);
      expect(flood.calls).toHaveLength(0);
    } finally {
      await flood.close();
    }
  });

  it('fails closed with 401 when the JWKS cannot be read', async () => {
    const broken = await startTestGateway({
      getJwks: () => {
        throw new Error('JWKS unavailable');
      },
      clock,
    });
    try {
      const response = await send(`${broken.baseUrl}/transactions`, {
        headers: { Authorization: await validToken() },
      });
      expect([response.status, response.body]).toEqual([401, UNAUTHORIZED]);
      expect(broken.calls).toHaveLength(0);
    } finally {
      await broken.close();
    }
  });

  it('serves a cached allow without re-verifying, but never past the token exp', async () => {
    const cacheClock = createTestClock();
    let jwks: JSONWebKeySet = jwksOf(key);
    const cached = await startTestGateway({
      getJwks: () => jwks,
      clock: cacheClock,
      cacheTtlSeconds: 300,
    });
    try {
      const url = `${cached.baseUrl}/transactions`;
      const issuedAt = secondsOf(cacheClock);
      const token = await signToken(key, idTokenClaims(issuedAt, { exp: issuedAt + 120 }));
      expect((await send(url, { headers: { Authorization: token } })).status).toBe(200);

      // The key disappears: only a cached allow can still let the same token through.
      jwks = { keys: [] };
      cacheClock.advance(119_000);
      expect((await send(url, { headers: { Authorization: token } })).status).toBe(200);
      expect(cached.logLines.at(-1)).toContain('"authorizer":"allow:cached"');

      cacheClock.advance(1000); // now == exp: the cache TTL (300 s) has not run out, the token has
      const late = await send(url, { headers: { Authorization: token } });
      expect([late.status, late.body]).toEqual([401, EXPIRED]);
      expect(cached.calls).toHaveLength(2);
    } finally {
      await cached.close();
    }
  });

  it('re-verifies once the cache TTL runs out', async () => {
    const cacheClock = createTestClock();
    const cached = await startTestGateway({
      getJwks: () => jwksOf(key),
      clock: cacheClock,
      cacheTtlSeconds: 60,
    });
    try {
      const url = `${cached.baseUrl}/transactions`;
      const token = await signToken(key, idTokenClaims(secondsOf(cacheClock)));
      for (const advanceMs of [0, 59_000, 2000]) {
        cacheClock.advance(advanceMs);
        expect((await send(url, { headers: { Authorization: token } })).status).toBe(200);
      }
      const decisions = cached.logLines.map(
        (line) => (JSON.parse(line) as { authorizer: string }).authorizer,
      );
      expect(decisions).toEqual(['allow', 'allow:cached', 'allow']);
    } finally {
      await cached.close();
    }
  });

  it('stops trusting a key withdrawn from the JWKS once the set is re-read (10 min)', async () => {
    const keyClock = createTestClock();
    let jwks: JSONWebKeySet = jwksOf(key);
    const withdrawing = await startTestGateway({
      getJwks: () => jwks,
      clock: keyClock,
      cacheTtlSeconds: 0,
    });
    try {
      const url = `${withdrawing.baseUrl}/transactions`;
      const token = await signToken(key, idTokenClaims(secondsOf(keyClock)));
      expect((await send(url, { headers: { Authorization: token } })).status).toBe(200);
      jwks = { keys: [] };
      keyClock.advance(10 * 60 * 1000);
      const after = await send(url, { headers: { Authorization: token } });
      expect([after.status, after.body]).toEqual([401, UNAUTHORIZED]);
    } finally {
      await withdrawing.close();
    }
  });
});
