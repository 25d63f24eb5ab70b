import type * as Aws4fetch from 'aws4fetch';
import { describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import { buildTransaction, jsonResponse } from '../../test/builders';
import {
  createFakeIdentityPool,
  identityEndpoint,
  identityError,
  identityPoolId,
} from '../../test/fake-identity-pool';
import {
  ApiResponseError,
  CredentialsRefusedError,
  NetworkError,
  SignInRequiredError,
} from '../http/http-errors';
import type { ApiSession } from '../http/transactions-client';
import { createTransactionsClient } from '../http/transactions-client';
import { createCredentialsCache } from './credentials-cache';
import { createIdentityPoolExchange } from './identity-pool-exchange';
import { amzDate, createSigV4Signer } from './sigv4-signer';

const apiUrl = 'http://127.0.0.1:9230/local';
const page = { items: [buildTransaction()] };
const expired = (via: 'header' | 'body' | 'both' = 'both') =>
  jsonResponse(
    403,
    {
      message:
        via === 'header' ? 'Forbidden' : 'The security token included in the request is expired',
    },
    via === 'body' ? {} : { 'x-amzn-ErrorType': 'ExpiredTokenException' },
  );

function setup(
  apiAnswers: (() => Response)[],
  {
    session = {},
    identityFailures = [],
    loadSigner,
  }: {
    session?: Partial<ApiSession>;
    identityFailures?: Response[];
    loadSigner?: () => Promise<typeof Aws4fetch>;
  } = {},
) {
  const clock = createManualClock(Date.UTC(2030, 0, 1, 12, 0, 0));
  const pool = createFakeIdentityPool({ now: clock.now, failures: identityFailures });
  const apiCalls: { url: string; headers: Headers; body: unknown }[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    if (url.startsWith(identityEndpoint)) return pool.handle(url, init);
    apiCalls.push({ url, headers: new Headers(init.headers), body: init.body });
    const answer = apiAnswers.shift();
    if (!answer) throw new Error('unexpected extra request');
    return answer();
  }) as unknown as typeof globalThis.fetch;
  const fullSession: ApiSession = {
    idToken: vi.fn(() => 'id-token-1'),
    accessToken: () => 'access-token-1',
    renew: vi.fn(async () => 'id-token-2'),
    signInAgain: vi.fn(),
    ...session,
  };
  const credentials = createCredentialsCache({
    exchange: createIdentityPoolExchange({
      endpoint: identityEndpoint,
      identityPoolId,
      issuer: 'http://127.0.0.1:9229/local_TestPool1',
      fetch,
    }),
    clock,
  });
  const load = vi.fn(loadSigner ?? (() => import('aws4fetch')));
  const signer = createSigV4Signer({
    session: fullSession,
    credentials,
    region: 'local',
    clock,
    loadSigner: load,
  });
  const client = createTransactionsClient({
    baseUrl: apiUrl,
    authHeader: 'Authorization',
    session: fullSession,
    signer,
    fetch,
    timeoutMs: 1000,
    newIdempotencyKey: () => 'key-1',
  });
  return { client, clock, pool, apiCalls, session: fullSession, load, credentials };
}

describe('createSigV4Signer with the API client', () => {
  it('signs each request with SigV4 for execute-api in the config region', async () => {
    const { client, apiCalls } = setup([() => jsonResponse(200, page)]);
    await expect(client.list({ limit: 5 })).resolves.toEqual(page);
    const { url, headers } = apiCalls[0]!;
    expect(url).toBe(`${apiUrl}/transactions?limit=5`);
    expect(headers.get('x-amz-date')).toBe('20300101T120000Z');
    expect(headers.get('x-amz-security-token')).toBe('session-token-1');
    expect(headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAXXXXXXXXXXXXXXX1\/20300101\/local\/execute-api\/aws4_request, SignedHeaders=accept;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('covers the Idempotency-Key and the body, so neither can change on the way', async () => {
    const created = () => jsonResponse(201, buildTransaction());
    const { client, apiCalls } = setup([created, created]);
    const input = { date: '2030-01-01', description: 'Tea', amount: -300, currency: 'EUR' };
    await client.create(input);
    await client.create({ ...input, amount: -301 });
    const [first, second] = apiCalls.map((call) => call.headers.get('authorization') ?? '');
    expect(first).toContain('SignedHeaders=accept;host;idempotency-key;x-amz-date;');
    expect(first?.slice(-64)).not.toBe(second?.slice(-64));
  });

  it('loads the signer only when the first request is signed, and once', async () => {
    const { client, load } = setup([() => jsonResponse(200, page), () => jsonResponse(200, page)]);
    expect(load).not.toHaveBeenCalled();
    await client.list();
    await client.list();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('exchanges the ID token once for many requests', async () => {
    const ok = () => jsonResponse(200, page);
    const { client, pool } = setup([ok, ok, ok]);
    await Promise.all([client.list(), client.list(), client.list()]);
    expect(pool.calls.map((call) => call.target)).toEqual([
      'AWSCognitoIdentityService.GetId',
      'AWSCognitoIdentityService.GetCredentialsForIdentity',
    ]);
  });

  it('exchanges again once the credentials are within 5 minutes of Expiration', async () => {
    const ok = () => jsonResponse(200, page);
    const { client, clock, pool, apiCalls } = setup([ok, ok, ok]);
    await client.list();
    clock.advance(55 * 60_000 - 1);
    await client.list();
    expect(pool.issued()).toBe(1);
    clock.advance(1);
    await client.list();
    expect(pool.issued()).toBe(2);
    expect(apiCalls[2]?.headers.get('x-amz-security-token')).toBe('session-token-2');
  });

  it.each(['both', 'header', 'body'] as const)(
    'renews the credentials once and retries once on an expired-token 403 (%s)',
    async (via) => {
      const { client, pool, apiCalls, session } = setup([
        () => expired(via),
        () => jsonResponse(200, page),
      ]);
      await expect(client.list()).resolves.toEqual(page);
      expect(pool.issued()).toBe(2);
      expect(apiCalls).toHaveLength(2);
      expect(apiCalls[1]?.headers.get('x-amz-security-token')).toBe('session-token-2');
      // The ID token was still good: only the credentials were renewed.
      expect(session.renew).not.toHaveBeenCalled();
      expect(session.signInAgain).not.toHaveBeenCalled();
    },
  );

  it('signs in again when the renewed credentials are refused as expired too', async () => {
    const { client, apiCalls, session } = setup([() => expired(), () => expired()]);
    await expect(client.list()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(apiCalls).toHaveLength(2);
    expect(session.signInAgain).toHaveBeenCalledWith({ freshTokenRefused: true });
  });

  it.each([
    [
      'not authorised for the resource',
      {
        Message: 'User: arn:aws:sts::1:assumed-role/r/CognitoIdentityCredentials is not authorized',
      },
      'AccessDeniedException',
    ],
    [
      'a signature mismatch',
      { message: 'The request signature we calculated does not match the signature you provided.' },
      'InvalidSignatureException',
    ],
    ['a missing token', { message: 'Missing Authentication Token' }, 'MissingAuthenticationToken'],
  ])('does not renew on a 403 for %s', async (_name, body, type) => {
    const { client, pool, session } = setup([
      () => jsonResponse(403, body, { 'x-amzn-ErrorType': type }),
    ]);
    await expect(client.list()).rejects.toBeInstanceOf(ApiResponseError);
    expect(pool.issued()).toBe(1);
    expect(session.signInAgain).not.toHaveBeenCalled();
  });

  it('renews the session when the identity pool refuses the ID token, then exchanges the new one', async () => {
    const refused = identityError('NotAuthorizedException', 'Invalid login token. Token expired');
    const { client, pool, session, apiCalls } = setup([() => jsonResponse(200, page)], {
      identityFailures: [refused, identityError('NotAuthorizedException', 'still expired')],
    });
    await expect(client.list()).resolves.toEqual(page);
    expect(session.renew).toHaveBeenCalledTimes(1);
    const logins = pool.calls.map((call) => Object.values(call.body['Logins'] as object)[0]);
    expect(logins.at(-1)).toBe('id-token-2');
    expect(apiCalls).toHaveLength(1);
  });

  it('signs in again, sending nothing to the API, when the session cannot be renewed', async () => {
    const refused = () => identityError('NotAuthorizedException', 'Token expired');
    const { client, apiCalls, session } = setup([], {
      identityFailures: [refused(), refused()],
      session: { renew: vi.fn(async () => null) },
    });
    await expect(client.list()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(apiCalls).toHaveLength(0);
    expect(session.signInAgain).toHaveBeenCalledWith({ freshTokenRefused: false });
  });

  it('renews first when there is no ID token', async () => {
    const { client, session, apiCalls } = setup([() => jsonResponse(200, page)], {
      session: { idToken: () => null },
    });
    await expect(client.list()).resolves.toEqual(page);
    expect(session.renew).toHaveBeenCalledTimes(1);
    expect(apiCalls[0]?.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('reports an identity pool configuration problem as it is, without a sign-in loop', async () => {
    const { client, session, apiCalls } = setup([], {
      identityFailures: [identityError('ResourceNotFoundException', "IdentityPool 'x' not found.")],
    });
    await expect(client.list()).rejects.toBeInstanceOf(CredentialsRefusedError);
    expect(session.signInAgain).not.toHaveBeenCalled();
    expect(apiCalls).toHaveLength(0);
  });

  it('reports a signer that cannot be loaded as a network failure, and loads it again next time', async () => {
    const real = () => import('aws4fetch');
    const loadSigner = vi
      .fn<typeof real>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(real);
    const { client } = setup([() => jsonResponse(200, page)], { loadSigner });
    await expect(client.list()).rejects.toBeInstanceOf(NetworkError);
    await expect(client.list()).resolves.toEqual(page);
  });

  it('forgets the credentials: the next request exchanges again', async () => {
    const ok = () => jsonResponse(200, page);
    const { client, credentials, pool } = setup([ok, ok]);
    await client.list();
    credentials.forget();
    await client.list();
    expect(pool.issued()).toBe(2);
  });
});

describe('amzDate', () => {
  it('is the ISO-8601 basic form SigV4 uses', () => {
    expect(amzDate(Date.UTC(2018, 0, 5, 0, 26, 42, 123))).toBe('20180105T002642Z');
  });
});
