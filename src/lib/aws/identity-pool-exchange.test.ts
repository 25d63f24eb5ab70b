import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../test/builders';
import {
  createFakeIdentityPool,
  identityEndpoint,
  identityError,
  identityId,
  identityPoolId,
} from '../../test/fake-identity-pool';
import {
  CredentialsRefusedError,
  NetworkError,
  UnexpectedResponseError,
} from '../http/http-errors';
import { createIdentityPoolExchange, loginsKeyOf } from './identity-pool-exchange';

const issuer = 'http://127.0.0.1:9229/local_TestPool1';

function setup(answers?: ((url: string, init?: RequestInit) => Promise<Response>) | undefined) {
  const pool = createFakeIdentityPool({ now: () => Date.UTC(2030, 0, 1) });
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) =>
    (answers ?? pool.handle)(String(url), init),
  );
  const exchange = createIdentityPoolExchange({
    endpoint: identityEndpoint,
    identityPoolId,
    issuer,
    fetch: fetch as unknown as typeof globalThis.fetch,
    timeoutMs: 50,
  });
  return { exchange, pool, fetch };
}

describe('loginsKeyOf', () => {
  it.each([
    [
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
      'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
    ],
    ['http://127.0.0.1:9229/local_TestPool1', '127.0.0.1:9229/local_TestPool1'],
  ])('is the issuer %s without its scheme', (value, key) => {
    expect(loginsKeyOf(value)).toBe(key);
  });
});

describe('createIdentityPoolExchange', () => {
  it('calls GetId then GetCredentialsForIdentity as the JSON API expects', async () => {
    const { exchange, pool, fetch } = setup();
    await exchange('id-token-1');
    const logins = { '127.0.0.1:9229/local_TestPool1': 'id-token-1' };
    expect(pool.calls).toEqual([
      {
        url: `${identityEndpoint}/`,
        method: 'POST',
        target: 'AWSCognitoIdentityService.GetId',
        contentType: 'application/x-amz-json-1.1',
        body: { IdentityPoolId: identityPoolId, Logins: logins },
      },
      {
        url: `${identityEndpoint}/`,
        method: 'POST',
        target: 'AWSCognitoIdentityService.GetCredentialsForIdentity',
        contentType: 'application/x-amz-json-1.1',
        body: { IdentityId: identityId, Logins: logins },
      },
    ]);
    // Unsigned public calls: no cookies, nothing cached.
    const init = fetch.mock.calls[0]?.[1];
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(new Headers(init?.headers).get('Authorization')).toBeNull();
  });

  it('returns the credentials with Expiration (epoch seconds) in milliseconds', async () => {
    const { exchange } = setup();
    await expect(exchange('id-token-1')).resolves.toEqual({
      accessKeyId: 'ASIAXXXXXXXXXXXXXXX1',
      secretAccessKey: 'secret-1',
      sessionToken: 'session-token-1',
      expiresAt: Date.UTC(2030, 0, 1) + 3_600_000,
      identityId,
    });
  });

  it('reads the Java-style float Expiration real servers send', async () => {
    const { exchange } = setup(async (_url, init) => {
      const target = new Headers(init?.headers).get('X-Amz-Target') ?? '';
      if (target.endsWith('GetId')) return jsonResponse(200, { IdentityId: identityId });
      const body =
        '{"Credentials":{"AccessKeyId":"ASIAJD46T43UEJKFRHIQ","Expiration":1.515115602E9,' +
        '"SecretKey":"s","SessionToken":"t"},"IdentityId":"' +
        identityId +
        '"}';
      return new Response(body, { headers: { 'Content-Type': 'application/x-amz-json-1.1' } });
    });
    await expect(exchange('t')).resolves.toMatchObject({ expiresAt: 1_515_115_602_000 });
  });

  it('marks a refused login token (NotAuthorizedException), so the session may be renewed', async () => {
    const refused = identityError(
      'NotAuthorizedException',
      'Invalid login token. Token expired: 1893456000 >= 1893455000',
    );
    const pool = createFakeIdentityPool({ failures: [refused] });
    const { exchange } = setup(pool.handle);
    const error = await exchange('old').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsRefusedError);
    expect(error).toMatchObject({
      status: 400,
      errorType: 'NotAuthorizedException',
      loginRefused: true,
    });
    expect(pool.calls).toHaveLength(1);
  });

  it.each([
    ['ResourceNotFoundException', 'ResourceNotFoundException'],
    ['InvalidIdentityPoolConfigurationException', 'InvalidIdentityPoolConfigurationException'],
    ['com.amazonaws.cognito.identity#NotAuthorizedException', 'NotAuthorizedException'],
    ['<img src=x onerror=alert(1)>', 'UnknownError'],
    ['A'.repeat(5000), 'UnknownError'],
  ])('names the refusal %s as %s', async (type, named) => {
    const pool = createFakeIdentityPool({ failures: [identityError(type, 'no')] });
    const { exchange } = setup(pool.handle);
    const error = (await exchange('t').catch((e: unknown) => e)) as CredentialsRefusedError;
    expect(error.errorType).toBe(named);
    expect(error.message.length).toBeLessThan(200);
  });

  it('refuses an error answer without a type as an unknown refusal', async () => {
    const { exchange } = setup(async () => jsonResponse(400, { message: 'x' }));
    await expect(exchange('t')).rejects.toMatchObject({
      errorType: 'UnknownError',
      loginRefused: false,
    });
  });

  it.each([
    ['no identity', { IdentityId: '' }, {}],
    ['no credentials', { IdentityId: identityId }, { IdentityId: identityId }],
    [
      'an ISO Expiration',
      { IdentityId: identityId },
      {
        Credentials: {
          AccessKeyId: 'ASIA',
          SecretKey: 's',
          SessionToken: 't',
          Expiration: '2030-01-01T00:00:00Z',
        },
      },
    ],
    [
      'a missing session token',
      { IdentityId: identityId },
      { Credentials: { AccessKeyId: 'ASIA', SecretKey: 's', Expiration: 1 } },
    ],
    ['a list', { IdentityId: identityId }, []],
  ])('refuses an answer with %s', async (_name, getId, credentials) => {
    const { exchange } = setup(async (_url, init) =>
      jsonResponse(
        200,
        new Headers(init?.headers).get('X-Amz-Target')?.endsWith('GetId') ? getId : credentials,
      ),
    );
    await expect(exchange('t')).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('refuses a non-JSON answer (an HTML error page)', async () => {
    const { exchange } = setup(
      async () => new Response('<html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(exchange('t')).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('reports an unreachable endpoint as NetworkError', async () => {
    const { exchange } = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(exchange('t')).rejects.toBeInstanceOf(NetworkError);
  });
});
