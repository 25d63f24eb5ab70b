// Each reason the gateway's Cognito authorizer gives for refusing a token, with tokens minted by
// the emulator's own key ring (and one of another pool), exactly as the console's Test shows them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { loadKeyRing, newKeyFile } from '../cognito/key-ring';
import type { KeyRing } from '../cognito/key-ring';
import { signJwt } from '../cognito/jwt';
import { createJwksStore } from './create-jwks-store';
import {
  EXPIRED_MESSAGE,
  judgeCognitoToken,
  judgeTokenUse,
  UNAUTHORIZED_MESSAGE,
} from './judge-cognito-token';

const ISSUER = 'http://127.0.0.1:9229/local_Emu1ator9';
const OTHER_ISSUER = 'http://127.0.0.1:9229/local_0therPool';
const clock = createManualClock();
const now = () => Math.floor(clock.now() / 1000);
const NEXT_YEAR = Date.UTC(2031, 0, 1) / 1000;
let ring: KeyRing;
let foreign: KeyRing;

beforeAll(async () => {
  [ring, foreign] = (await Promise.all([newKeyFile(0), newKeyFile(0)])).map(loadKeyRing) as [
    KeyRing,
    KeyRing,
  ];
});

const idClaims = (overrides: Record<string, unknown> = {}) => ({
  sub: '6f1d2c1e-0000-7000-8000-000000000001',
  aud: 'localclient0spa0emulator01',
  iss: ISSUER,
  token_use: 'id',
  auth_time: now(),
  iat: now(),
  exp: now() + 3600,
  email: 'alice@example.com',
  ...overrides,
});
const mint = (claims: Record<string, unknown>, keys = ring, use: 'id' | 'access' = 'id') => {
  const { kid, privateKey } = keys.signing(use);
  return signJwt(claims, kid, privateKey);
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const judge = (token: string, extra: { audience?: string; getJwks?: () => never } = {}) =>
  judgeCognitoToken(token, {
    issuer: ISSUER,
    audience: extra.audience,
    clock,
    keysFor: createJwksStore({
      getJwks: extra.getJwks ?? (() => ring.jwks()),
      clock,
      refreshCooldownMs: 1000,
      maxAgeMs: 600_000,
    }),
  });

describe('judgeCognitoToken', () => {
  it('lets a fresh ID token of the pool through with the claims as strings', async () => {
    const verdict = await judge(mint(idClaims()));
    expect(verdict.allow).toBe(true);
    if (!verdict.allow) return;
    expect(verdict.claims.email).toBe('alice@example.com');
    expect(verdict.claims.exp).toMatch(/ UTC 2030$/);
  });

  it('says expired, with the token’s exp, once the clock passes it', async () => {
    const exp = now() + 60;
    const verdict = await judge(mint(idClaims({ exp })));
    expect(verdict.allow).toBe(true);
    clock.advance(61_000);
    expect(await judge(mint(idClaims({ exp, iat: exp - 3600 })))).toEqual({
      allow: false,
      reason: 'expired',
      message: EXPIRED_MESSAGE,
      facts: { expiredAt: exp },
    });
  });

  it.each([
    [
      'a token of another pool (its own keys)',
      (): string => mint(idClaims({ iss: OTHER_ISSUER }), foreign),
      'other-pool',
      { tokenIssuer: OTHER_ISSUER },
    ],
    [
      'a token signed by this pool’s key naming another issuer',
      (): string => mint(idClaims({ iss: OTHER_ISSUER })),
      'other-pool',
      { tokenIssuer: OTHER_ISSUER },
    ],
    [
      'a foreign key under this pool’s kid',
      (): string => {
        const { kid } = ring.signing('id');
        return signJwt(idClaims(), kid, foreign.signing('id').privateKey);
      },
      'bad-signature',
      {},
    ],
    [
      'an unknown kid claiming this pool',
      (): string => mint(idClaims(), foreign),
      'unknown-kid',
      {},
    ],
    [
      'alg none',
      (): string => `${b64({ alg: 'none', kid: 'x' })}.${b64(idClaims())}.`,
      'bad-header',
      { alg: 'none' },
    ],
    [
      'no kid',
      (): string => `${b64({ alg: 'RS256' })}.${b64(idClaims())}.c2ln`,
      'bad-header',
      { claim: 'kid' },
    ],
    ['a header that is not JSON', (): string => 'bm90IGpzb24.e30.c2ln', 'malformed', {}],
    [
      'a token without token_use',
      (): string => mint(idClaims({ token_use: undefined })),
      'missing-claim',
      { claim: 'token_use' },
    ],
    [
      'a token not valid yet',
      (): string => mint(idClaims({ nbf: NEXT_YEAR })),
      'not-yet-valid',
      { notBefore: NEXT_YEAR },
    ],
  ] as const)('refuses %s', async (_name, token, reason, facts) => {
    expect(await judge(token())).toEqual({
      allow: false,
      reason,
      message: UNAUTHORIZED_MESSAGE,
      facts,
    });
  });

  it('refuses another app client when the audience is pinned', async () => {
    const verdict = await judge(mint(idClaims({ aud: 'someotherclient' })), {
      audience: 'localclient0spa0emulator01',
    });
    expect(verdict).toMatchObject({ allow: false, reason: 'wrong-audience' });
  });

  it('reports a forged expired token as forged, not expired', async () => {
    const { kid } = ring.signing('id');
    const forged = signJwt(idClaims({ exp: now() - 10 }), kid, foreign.signing('id').privateKey);
    expect(await judge(forged)).toMatchObject({ reason: 'bad-signature' });
  });

  it('fails closed when the JWKS cannot be read', async () => {
    const verdict = await judge(mint(idClaims()), {
      getJwks: () => {
        throw new Error('down');
      },
    });
    expect(verdict).toMatchObject({ allow: false, reason: 'jwks-unavailable' });
  });
});

describe('judgeTokenUse', () => {
  const read = ['transactions/read'];
  it.each([
    ['an ID token on a method without scopes', { token_use: 'id' }, [], undefined],
    [
      'an access token on a method without scopes',
      { token_use: 'access', scope: 'transactions/read' },
      [],
      { reason: 'not-an-id-token', facts: { tokenUse: 'access' } },
    ],
    [
      'an ID token on a scoped method',
      { token_use: 'id' },
      read,
      { reason: 'not-an-access-token', facts: { tokenUse: 'id', methodScopes: read } },
    ],
    [
      'an access token without the method’s scope',
      { token_use: 'access', scope: 'openid aws.cognito.signin.user.admin' },
      read,
      {
        reason: 'missing-scope',
        facts: { methodScopes: read, tokenScopes: ['openid', 'aws.cognito.signin.user.admin'] },
      },
    ],
    [
      'an access token with one of the method’s scopes',
      { token_use: 'access', scope: 'openid transactions/read' },
      read,
      undefined,
    ],
  ] as const)('judges %s', (_name, claims, scopes, refusal) => {
    const verdict = judgeTokenUse(claims, scopes);
    if (refusal === undefined) expect(verdict).toBeUndefined();
    else expect(verdict).toEqual({ allow: false, message: UNAUTHORIZED_MESSAGE, ...refusal });
  });
});
