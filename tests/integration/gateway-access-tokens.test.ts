// The local gateway's Cognito authorizer in apiToken `access` mode: each signed-in method carries
// its OAuth scopes from the route table (reads transactions/read, writes transactions/write), so
// it takes only access tokens holding one of them and refuses ID tokens, as API Gateway does with
// AuthorizationScopes (cognito-behavior §8.2, cognito-extensions §4.5: 401 Unauthorized).
import type { JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../api/route-table';
import { createGateway, GatewayConfigError } from '../../emulator/gateway/create-gateway';
import {
  CLIENT_ID,
  createTestClock,
  idTokenClaims,
  ISSUER,
  jwksOf,
  makeSigningKey,
  secondsOf,
  send,
  signToken,
  SPA_ORIGIN,
  startTestGateway,
} from './gateway-fixtures';
import type { SigningKey, TestGateway } from './gateway-fixtures';

const UNAUTHORIZED = '{"message":"Unauthorized"}';

/** Claims of an access token as the token endpoint issues it, with `scope`. */
function accessTokenClaims(nowSeconds: number, scope: string, overrides: JWTPayload = {}) {
  return {
    sub: 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4',
    iss: ISSUER,
    version: 2,
    client_id: CLIENT_ID,
    origin_jti: '2c50f7d-b559-4f1f-a97f-d4054d10eba9',
    event_id: 'a4280fe1-3671-4c86-b20f-83d55e0de785',
    token_use: 'access',
    scope,
    auth_time: nowSeconds,
    exp: nowSeconds + 3600,
    iat: nowSeconds,
    jti: '7f945e9f-ae39-40a4-99e0-468f18e2f98f',
    username: 'alice',
    ...overrides,
  };
}

let key: SigningKey;
const clock = createTestClock();
const gateways: Partial<Record<'id' | 'access', TestGateway>> = {};

beforeAll(async () => {
  key = await makeSigningKey();
  gateways.access = await startTestGateway({
    getJwks: () => jwksOf(key),
    clock,
    apiToken: 'access',
  });
  gateways.id = await startTestGateway({ getJwks: () => jwksOf(key), clock });
});
afterAll(async () => {
  await gateways.access?.close();
  await gateways.id?.close();
});
afterEach(() => {
  gateways.access!.calls.length = 0;
  gateways.id!.calls.length = 0;
});

const now = () => secondsOf(clock);
const accessToken = (scope: string, overrides: JWTPayload = {}) =>
  signToken(key, accessTokenClaims(now(), scope, overrides));
const idToken = () => signToken(key, idTokenClaims(now()));

function call(mode: 'id' | 'access', method: string, path: string, token: string) {
  return send(`${gateways[mode]!.baseUrl}${path}`, {
    method,
    headers: { Authorization: token, 'Content-Type': 'application/json' },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
  });
}

const lastNote = (mode: 'id' | 'access') =>
  (JSON.parse(gateways[mode]!.logLines.at(-1)!) as { authorizer: string }).authorizer;

describe('apiToken access: scoped methods', () => {
  it.each([
    ['GET', '/transactions', 'transactions/read'],
    ['GET', '/transactions/summary', 'transactions/read'],
    ['GET', '/transactions/01J0000000000000000000000A', 'transactions/read'],
    ['GET', '/profile', 'transactions/read'],
    ['POST', '/transactions', 'transactions/write'],
    ['PUT', '/transactions/01J0000000000000000000000A', 'transactions/write'],
    ['DELETE', '/transactions/01J0000000000000000000000A', 'transactions/write'],
  ])(
    'lets %s %s through with an access token carrying %s, its claims as strings',
    async (method, path, scope) => {
      const token = await accessToken(`openid ${scope}`);
      const response = await call('access', method, path, `Bearer ${token}`);
      expect(response.status).toBe(200);
      const claims = gateways.access!.calls[0]!.event.requestContext.authorizer!['claims'];
      expect(claims).toMatchObject({ token_use: 'access', scope: `openid ${scope}`, version: '2' });
    },
  );

  it('refuses an ID token on every scoped method (401 Unauthorized), without the handler', async () => {
    const token = await idToken();
    for (const route of routeTable) {
      const path = route.path.replace('{id}', '01J0000000000000000000000A');
      const response = await call('access', route.method, path, token);
      expect(response.status).toBe(401);
      expect(response.body).toBe(UNAUTHORIZED);
      expect(lastNote('access')).toBe('deny:not-an-access-token');
    }
    expect(gateways.access!.calls).toHaveLength(0);
  });

  it.each([
    ['a JSON-API sign-in (aws.cognito.signin.user.admin only)', 'aws.cognito.signin.user.admin'],
    ['the standard scopes only', 'openid email profile'],
    ['no scope at all', ''],
    ['a look-alike scope', 'transactions/readx xtransactions/read transactions'],
    ['the scope with different case', 'Transactions/Read'],
    ['the scopes comma-joined', 'openid,transactions/read'],
  ])('refuses an access token with %s', async (_, scope) => {
    const response = await call('access', 'GET', '/transactions', await accessToken(scope));
    expect(response.status).toBe(401);
    expect(response.body).toBe(UNAUTHORIZED);
    expect(lastNote('access')).toBe('deny:missing-scope');
    expect(gateways.access!.calls).toHaveLength(0);
  });

  it('refuses an access token whose scope is not a string', async () => {
    const token = await accessToken('', { scope: ['transactions/read'] });
    const response = await call('access', 'GET', '/transactions', token);
    expect(response.status).toBe(401);
    expect(gateways.access!.calls).toHaveLength(0);
  });

  it('refuses a read-only token on a write, even once its read was allowed and cached', async () => {
    const token = await accessToken('openid transactions/read');
    expect((await call('access', 'GET', '/transactions', token)).status).toBe(200);
    const write = await call('access', 'POST', '/transactions', token);
    expect(write.status).toBe(401);
    expect(write.body).toBe(UNAUTHORIZED);
    expect(lastNote('access')).toBe('deny:missing-scope');
    // And a write-only token cannot read.
    const writer = await accessToken('transactions/write');
    expect((await call('access', 'POST', '/transactions', writer)).status).toBe(200);
    expect((await call('access', 'GET', '/transactions/summary', writer)).status).toBe(401);
  });

  it('still answers an expired access token with the expiry message', async () => {
    const token = await accessToken('transactions/read', { exp: now() - 1 });
    const response = await call('access', 'GET', '/transactions', token);
    expect(response.status).toBe(401);
    expect(response.body).toBe('{"message":"The incoming token has expired"}');
  });
});

describe('apiToken id (the default): unchanged', () => {
  it('takes the ID token and refuses an access token, whatever its scopes', async () => {
    expect((await call('id', 'GET', '/transactions', await idToken())).status).toBe(200);
    const scoped = await accessToken('transactions/read transactions/write');
    const refused = await call('id', 'POST', '/transactions', scoped);
    expect(refused.status).toBe(401);
    expect(refused.body).toBe(UNAUTHORIZED);
    expect(lastNote('id')).toBe('deny:not-an-id-token');
  });
});

describe('gateway options for apiToken', () => {
  const base = {
    routes: routeTable,
    invoke: () => Promise.resolve({ statusCode: 200, body: '' }),
    issuer: ISSUER,
    getJwks: () => jwksOf(key),
    allowedOrigins: [SPA_ORIGIN],
  };
  const problemsOf = (extra: Record<string, unknown>) => {
    try {
      createGateway({ ...base, ...extra });
    } catch (error) {
      if (error instanceof GatewayConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it.each([
    ['an unknown mode', 'refresh', /apiToken must be one of id, access \(got "refresh"\)/],
    ['upper case', 'ACCESS', /apiToken must be one of id, access/],
    ['an oversized value', 'a'.repeat(5000), /apiToken must be one of id, access \(got "a{40}"\)/],
    ['a number', 1, /apiToken must be one of id, access \(got number\)/],
  ])('refuses %s', (_, apiToken, message) => {
    const problems = problemsOf({ apiToken });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'apiToken',
      message: expect.stringMatching(message),
    });
  });

  it('refuses an aud pin in access mode: access tokens carry no aud', () => {
    expect(problemsOf({ apiToken: 'access', audience: CLIENT_ID })).toEqual([
      expect.objectContaining({ path: 'audience', message: expect.stringMatching(/no|lack/) }),
    ]);
    expect(problemsOf({ apiToken: 'id', audience: CLIENT_ID })).toEqual([]);
  });
});
