// The authorizer as API Gateway calls it: real RS256 tokens checked by aws-jwt-verify against a
// preloaded JWKS, time on the shared manual clock.
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../contract/clock';
import { createAuthorizer } from './create-authorizer';
import type { RequestAuthorizer } from './create-authorizer';
import { createIdTokenVerifier } from './verify-id-token';

const ISSUER = 'http://127.0.0.1:9229/local_Test12345';
const CLIENT_ID = '49h4t5jtot5sodb9siij5ncrl4';
const METHOD_ARN = 'arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/GET/transactions';
const SUB = 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4';

type Key = Awaited<ReturnType<typeof generateKeyPair>>;
let key: Key;
let otherKey: Key;
const clock = createManualClock();
const now = () => Math.floor(clock.now() / 1000);

const claims = (overrides: JWTPayload = {}): JWTPayload => ({
  sub: SUB,
  iss: ISSUER,
  aud: CLIENT_ID,
  token_use: 'id',
  email: 'alice@example.com',
  'cognito:groups': ['admin', 'staff'],
  iat: now(),
  exp: now() + 3600,
  ...overrides,
});

const sign = (payload: JWTPayload, signer: Key = key, kid = 'k1') =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid }).sign(signer.privateKey);

function authorizerFor(tokenHeader = 'Authorization'): RequestAuthorizer {
  return createAuthorizer({
    tokenHeader,
    verify: createIdTokenVerifier({
      // A JWKS URI nothing listens on: every key must come from the preloaded set.
      config: { issuer: ISSUER, jwksUri: 'http://127.0.0.1:9/jwks.json', clientId: CLIENT_ID },
      clock,
      jwks: jwks,
    }),
  });
}
let jwks: { keys: Record<string, unknown>[] };

function requestEvent(
  headers: Record<string, string>,
  multi?: Record<string, string[]>,
): APIGatewayRequestAuthorizerEvent {
  return {
    type: 'REQUEST',
    methodArn: METHOD_ARN,
    resource: '/transactions',
    path: '/transactions',
    httpMethod: 'GET',
    headers,
    multiValueHeaders:
      multi ?? Object.fromEntries(Object.entries(headers).map(([n, v]) => [n, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {} as APIGatewayRequestAuthorizerEvent['requestContext'],
  };
}

beforeAll(async () => {
  key = await generateKeyPair('RS256');
  otherKey = await generateKeyPair('RS256');
  jwks = { keys: [{ ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
});

describe('createAuthorizer', () => {
  it('allows a valid ID token for the whole stage, with sub, email and groups as context', async () => {
    const result = await authorizerFor()(requestEvent({ Authorization: await sign(claims()) }));
    expect(result).toEqual({
      principalId: SUB,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Effect: 'Allow',
            Resource: 'arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/*/*',
          },
        ],
      },
      context: { sub: SUB, email: 'alice@example.com', groups: 'admin,staff' },
    });
  });

  it('reads the configured header case-insensitively, raw or after Bearer', async () => {
    const token = await sign(claims({ 'cognito:groups': undefined }));
    const variants: Record<string, string>[] = [
      { auth: token },
      { AUTH: `Bearer ${token}` },
      { Auth: `bearer ${token}` },
    ];
    for (const headers of variants) {
      const result = await authorizerFor('auth')(requestEvent(headers));
      expect(result.policyDocument.Statement[0]).toMatchObject({ Effect: 'Allow' });
      expect(result.context).toMatchObject({ groups: '' });
    }
  });

  it('denies a member of the suspended group explicitly', async () => {
    const token = await sign(claims({ 'cognito:groups': ['staff', 'suspended'] }));
    const result = await authorizerFor()(requestEvent({ Authorization: token }));
    expect(result.principalId).toBe(SUB);
    expect(result.policyDocument.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Deny',
        Resource: 'arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/*/*',
      }),
    ]);
  });

  const refused: [string, () => Promise<APIGatewayRequestAuthorizerEvent>][] = [
    ['no header', async () => requestEvent({})],
    ['an empty header', async () => requestEvent({ Authorization: '' })],
    ['another header only', async () => requestEvent({ 'X-Token': await sign(claims()) })],
    [
      'the header twice',
      async () => {
        const token = await sign(claims());
        return requestEvent({ Authorization: token }, { Authorization: [token, token] });
      },
    ],
    ['garbage', async () => requestEvent({ Authorization: 'not a token' })],
    ['an oversized value', async () => requestEvent({ Authorization: `${'a'.repeat(9000)}.b.c` })],
    ['hostile characters', async () => requestEvent({ Authorization: 'a.b.c\u0000<script>' })],
    [
      'an expired token',
      async () => requestEvent({ Authorization: await sign(claims({ exp: now() })) }),
    ],
    [
      'another app client',
      async () => requestEvent({ Authorization: await sign(claims({ aud: 'other' })) }),
    ],
    [
      'another issuer',
      async () =>
        requestEvent({ Authorization: await sign(claims({ iss: 'https://evil.example' })) }),
    ],
    [
      'an access token',
      async () => requestEvent({ Authorization: await sign(claims({ token_use: 'access' })) }),
    ],
    [
      'a token signed by another key',
      async () => requestEvent({ Authorization: await sign(claims(), otherKey) }),
    ],
    [
      'an unsigned token',
      async () => requestEvent({ Authorization: `${b64({ alg: 'none' })}.${b64(claims())}.` }),
    ],
    ['no sub', async () => requestEvent({ Authorization: await sign(claims({ sub: undefined })) })],
    [
      'groups that are not names',
      async () =>
        requestEvent({ Authorization: await sign(claims({ 'cognito:groups': 'suspended' })) }),
    ],
  ];
  it.each(refused)('throws exactly Unauthorized for %s', async (_name, build) => {
    await expect(authorizerFor()(await build())).rejects.toThrow(/^Unauthorized$/);
  });

  it('refuses a token once the shared clock passes its exp', async () => {
    const token = await sign(claims());
    const authorize = authorizerFor();
    await expect(authorize(requestEvent({ Authorization: token }))).resolves.toBeDefined();
    clock.advance(3600_000);
    await expect(authorize(requestEvent({ Authorization: token }))).rejects.toThrow(
      /^Unauthorized$/,
    );
  });

  it('judges time on the injected clock, not the machine clock', async () => {
    const past = createManualClock(Date.UTC(2020, 0, 1));
    const seconds = Math.floor(past.now() / 1000);
    const authorize = createAuthorizer({
      tokenHeader: 'Authorization',
      verify: createIdTokenVerifier({
        config: { issuer: ISSUER, jwksUri: 'http://127.0.0.1:9/jwks.json', clientId: CLIENT_ID },
        clock: past,
        jwks,
      }),
    });
    const token = await sign(claims({ iat: seconds, exp: seconds + 60 }));
    await expect(authorize(requestEvent({ Authorization: token }))).resolves.toBeDefined();
    const notYet = await sign(claims({ iat: seconds, exp: seconds + 60, nbf: seconds + 30 }));
    await expect(authorize(requestEvent({ Authorization: notYet }))).rejects.toThrow(
      /^Unauthorized$/,
    );
  });

  it('fails (not Unauthorized) on a method ARN it cannot scope, so no policy is guessed', async () => {
    const event = {
      ...requestEvent({ Authorization: await sign(claims({ exp: now() + 7200 })) }),
      methodArn: 'nonsense',
    };
    await expect(authorizerFor()(event)).rejects.toThrow(/not an execute-api method ARN/);
  });
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
