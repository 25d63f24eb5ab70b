// The local gateway's CUSTOM authorizer with API Gateway's semantics (reference §4): the real
// authorizer of authorizer/ (tokens signed by a test key, time on the shared manual clock) or
// stand-ins that answer what a badly written authorizer would.
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../authorizer/create-authorizer';
import { createIdTokenVerifier } from '../../authorizer/verify-id-token';
import { GatewayConfigError } from '../../emulator/gateway/create-gateway';
import { createLambdaAuthorizer } from '../../emulator/gateway/create-lambda-authorizer';
import type { LambdaAuthorizerOptions } from '../../emulator/gateway/create-lambda-authorizer';
import * as fixtures from './gateway-fixtures';
import type { SigningKey, TestGateway } from './gateway-fixtures';

const { CLIENT_ID, ISSUER, SPA_ORIGIN, createTestClock, jwksOf, secondsOf, signToken } = fixtures;

const SUB = 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4';
const STAGE_ARN = 'arn:aws:execute-api:local:123456789012:localapi01/local';
const NULL_BODY = '{"message": null}';

let key: SigningKey;
let gateway: TestGateway | undefined;
let clock = createTestClock();
let events: APIGatewayRequestAuthorizerEvent[] = [];

beforeAll(async () => {
  key = await fixtures.makeSigningKey();
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  clock = createTestClock();
  events = [];
});

const realAuthorizer = createAuthorizer({
  tokenHeader: 'Authorization',
  verify: (token) =>
    createIdTokenVerifier({
      config: { issuer: ISSUER, jwksUri: 'http://127.0.0.1:9/jwks.json', clientId: CLIENT_ID },
      clock: { now: () => clock.now() },
      jwks: jwksOf(key),
    })(token),
});

/** A gateway in lambda mode whose authorizer records each event it is invoked with. */
async function start(
  invoke: (event: APIGatewayRequestAuthorizerEvent) => Promise<unknown> = realAuthorizer,
  options: Partial<LambdaAuthorizerOptions> = {},
): Promise<TestGateway> {
  gateway = await fixtures.startLambdaGateway({
    key,
    clock,
    invoke: (event) => {
      events.push(event);
      return invoke(event);
    },
    options,
  });
  return gateway;
}

const tokenFor = (overrides = {}) =>
  signToken(key, fixtures.idTokenClaims(secondsOf(clock), overrides));
const call = (path: string, token?: string, method = 'GET') =>
  fixtures.send(`${gateway!.baseUrl}${path}`, {
    method,
    headers: { Origin: SPA_ORIGIN, ...(token !== undefined ? { Authorization: token } : {}) },
  });

const allowAll = (resource: string) => () =>
  Promise.resolve({
    principalId: 'user-1',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: resource }],
    },
  });

describe('the local Lambda authorizer', () => {
  it('invokes the authorizer with the REQUEST event and hands its context to the Lambda', async () => {
    await start();
    const token = await tokenFor();
    const response = await call('/transactions/01ABC?x=1&x=2', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      type: 'REQUEST',
      methodArn: `${STAGE_ARN}/GET/transactions/01ABC`,
      resource: '/transactions/{id}',
      path: '/transactions/01ABC',
      httpMethod: 'GET',
      headers: { Authorization: `Bearer ${token}`, Origin: SPA_ORIGIN },
      multiValueHeaders: { Authorization: [`Bearer ${token}`] },
      queryStringParameters: { x: '2' },
      multiValueQueryStringParameters: { x: ['1', '2'] },
      pathParameters: { id: '01ABC' },
      stageVariables: null,
      requestContext: {
        accountId: '123456789012',
        apiId: 'localapi01',
        stage: 'local',
        resourcePath: '/transactions/{id}',
        httpMethod: 'GET',
        identity: { sourceIp: '127.0.0.1' },
      },
    });
    expect(event).not.toHaveProperty('body');
    expect(gateway!.calls[0]!.event.requestContext.authorizer).toEqual({
      principalId: SUB,
      sub: SUB,
      email: 'alice@example.com',
      groups: 'admin,staging-manager',
      integrationLatency: 0,
    });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['a blank header', '   '],
  ])('answers 401 for %s without invoking the authorizer, with CORS', async (_name, token) => {
    await start();
    const response = await call('/transactions', token);
    expect(response.status).toBe(401);
    expect(response.body).toBe('{"message":"Unauthorized"}');
    expect(response.headers['x-amzn-errortype']).toBe('UnauthorizedException');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(events).toHaveLength(0);
    expect(gateway!.calls).toHaveLength(0);
  });

  it.each([
    ['garbage', () => Promise.resolve('not-a-token')],
    ['an expired token', () => tokenFor({ exp: secondsOf(clock) - 1 })],
    ['a token of another app client', () => tokenFor({ aud: 'someotherclient' })],
    ['an access token', () => tokenFor({ token_use: 'access' })],
  ])('answers 401 when the authorizer refuses %s', async (_name, makeToken) => {
    await start();
    const response = await call('/transactions', await makeToken());
    expect(response.status).toBe(401);
    expect(response.body).toBe('{"message":"Unauthorized"}');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(events).toHaveLength(1);
    expect(gateway!.calls).toHaveLength(0);
  });

  it('answers 403 with the explicit-deny body for a suspended user, with CORS', async () => {
    await start();
    const response = await call(
      '/transactions',
      await tokenFor({ 'cognito:groups': ['suspended'] }),
    );
    expect(response.status).toBe(403);
    expect(response.body).toBe(
      '{"Message":"User is not authorized to access this resource with an explicit deny in an identity-based policy"}',
    );
    expect(response.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(gateway!.calls).toHaveLength(0);
  });

  it('serves other methods from the cache for the TTL, then invokes again', async () => {
    await start();
    const token = await tokenFor({ exp: secondsOf(clock) + 7200 });
    expect((await call('/transactions', token)).status).toBe(200);
    expect((await call('/transactions/summary', token)).status).toBe(200);
    expect((await call('/transactions', token, 'POST')).status).toBe(200);
    expect(events).toHaveLength(1);
    clock.advance(299_999);
    expect((await call('/transactions', token)).status).toBe(200);
    expect(events).toHaveLength(1);
    clock.advance(1);
    expect((await call('/transactions', token)).status).toBe(200);
    expect(events).toHaveLength(2);
  });

  it('keys the cache by the identity source value: another token invokes', async () => {
    await start();
    expect((await call('/transactions', await tokenFor())).status).toBe(200);
    expect((await call('/transactions', await tokenFor({ sub: 'other-sub' }))).status).toBe(200);
    expect(events).toHaveLength(2);
    expect(gateway!.calls[1]!.event.requestContext.authorizer).toMatchObject({ sub: 'other-sub' });
  });

  it('invokes on every request with a TTL of 0', async () => {
    await start(realAuthorizer, { cacheTtlSeconds: 0 });
    const token = await tokenFor();
    await call('/transactions', token);
    await call('/transactions', token);
    expect(events).toHaveLength(2);
  });

  it('caches a policy naming only the first method, so the next method is a 403, as on AWS', async () => {
    await start((event) => allowAll(event.methodArn)());
    expect((await call('/transactions', 'opaque-token')).status).toBe(200);
    const other = await call('/transactions/summary', 'opaque-token');
    expect(other.status).toBe(403);
    expect(other.body).toBe(
      '{"Message":"User is not authorized to access this resource because no identity-based policy allows the execute-api:Invoke action"}',
    );
    expect(other.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(events).toHaveLength(1);
  });

  it('stringifies context values, keeps null, and lets no context key replace principalId', async () => {
    await start(() =>
      Promise.resolve({
        principalId: 'user-1',
        policyDocument: {
          Version: '2012-10-17',
          Statement: { Action: 'execute-api:*', Effect: 'Allow', Resource: `${STAGE_ARN}/*` },
        },
        context: { str: 'hello', num: 123, bool: true, nothing: null, principalId: 'forged' },
      }),
    );
    expect((await call('/transactions', 'x')).status).toBe(200);
    expect(gateway!.calls[0]!.event.requestContext.authorizer).toEqual({
      str: 'hello',
      num: '123',
      bool: 'true',
      nothing: null,
      principalId: 'user-1',
      integrationLatency: 0,
    });
  });

  const failing: [string, (event: APIGatewayRequestAuthorizerEvent) => Promise<unknown>][] = [
    ['throws another error', () => Promise.reject(new Error('boom'))],
    ['throws "Unauthorized: expired"', () => Promise.reject(new Error('Unauthorized: expired'))],
    ['answers null', () => Promise.resolve(null)],
    ['answers a proxy response', () => Promise.resolve({ statusCode: 200, body: '{}' })],
    ['answers no principalId', async () => ({ ...(await allowAll('*')()), principalId: 7 })],
    [
      'answers an object in the context',
      async () => ({ ...(await allowAll('*')()), context: { groups: ['a'] } }),
    ],
    [
      'answers a policy without statements',
      async () => ({ principalId: 'u', policyDocument: { Version: '2012-10-17', Statement: [] } }),
    ],
    ['answers a Resource over 512 characters', () => allowAll(`${STAGE_ARN}/${'a'.repeat(600)}`)()],
  ];
  it.each(failing)('answers 500 when the authorizer %s, with CORS', async (_name, invoke) => {
    await start(invoke);
    const response = await call('/transactions', 'token');
    expect(response.status).toBe(500);
    expect(response.body).toBe(NULL_BODY);
    expect(response.headers['x-amzn-errortype']).toBe('AuthorizerConfigurationException');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(gateway!.calls).toHaveLength(0);
  });

  it('answers 401 when the authorizer throws the string Unauthorized (Node callback style)', async () => {
    await start(() => Promise.reject('Unauthorized'));
    expect((await call('/transactions', 'token')).status).toBe(401);
  });

  it('answers 500 when the authorizer runs past its time, and does not cache the failure', async () => {
    let slow = true;
    await start(() => (slow ? new Promise(() => undefined) : allowAll('*')()), { timeoutMs: 50 });
    const response = await call('/transactions', 'token');
    expect(response.status).toBe(500);
    expect(response.body).toBe(NULL_BODY);
    slow = false;
    expect((await call('/transactions', 'token')).status).toBe(200);
  });

  it.each([
    [{ cacheTtlSeconds: -1 }, 'cacheTtlSeconds'],
    [{ cacheTtlSeconds: 3601 }, 'cacheTtlSeconds'],
    [{ cacheTtlSeconds: 1.5 }, 'cacheTtlSeconds'],
    [{ cacheTtlSeconds: '300' as unknown as number }, 'cacheTtlSeconds'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ identityHeader: 'Authorization: x' }, 'identityHeader'],
    [{ identityHeader: '' }, 'identityHeader'],
    [{ identityHeader: 'h'.repeat(65) }, 'identityHeader'],
  ] as [Partial<LambdaAuthorizerOptions>, string][])('refuses options %j', (options, path) => {
    const create = () =>
      createLambdaAuthorizer({
        invoke: allowAll('*'),
        identityHeader: 'Authorization',
        ...options,
      });
    expect(create).toThrow(GatewayConfigError);
    try {
      create();
    } catch (error) {
      expect((error as GatewayConfigError).problems.map((p) => p.path)).toEqual([path]);
    }
  });
});
