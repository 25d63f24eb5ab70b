// The identity pool JSON API (AWSCognitoIdentityService.*) on the emulator's origin, through
// the AWS SDK and raw HTTP: stable identities, credentials, the admin reads, and Cognito's
// errors for wrong, missing, oversized and hostile input. Facts: ../shared/reference §1.
import {
  DescribeIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetIdentityPoolRolesCommand,
  GetOpenIdTokenCommand,
} from '@aws-sdk/client-cognito-identity';
import { GlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { identityPoolDefinition } from '../../contract/identity-pool-definition';
import { cognitoDataFolder, type Emulator } from '../../emulator/create-emulator';
import { InvalidDataFileError } from '../../emulator/persistence/invalid-data-file-error';
import { identitySdk, loginsKey } from './iam-fixtures';
import {
  cognitoSdk,
  signInWithPassword,
  startCognito,
  testAppOrigin,
  type Tokens,
} from './start-test-emulator';

const clock = createManualClock(Date.UTC(2030, 0, 1, 12));
const poolId = identityPoolDefinition.localIdentityPoolId;
let emulator: Emulator;
let erin: Tokens;

/** POSTs `body` as identity pool operation `target`; returns status, error type and JSON. */
async function post(target: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(emulator.urls.jsonApi, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityService.${target}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('x-amzn-errortype'),
    errorMessage: response.headers.get('x-amzn-errormessage'),
    cors: response.headers.get('access-control-allow-origin'),
    json: (await response.json()) as Record<string, unknown>,
  };
}

const logins = (token: string) => ({ [loginsKey(emulator)]: token });

beforeAll(async () => {
  emulator = await startCognito({ apiAuth: 'iam', clock, appOrigins: [testAppOrigin] });
  erin = await signInWithPassword(emulator, 'erin@example.com');
});

afterAll(async () => {
  await emulator?.close();
});

describe('the identity pool JSON API', () => {
  it('publishes the pool and its endpoint in config.json (iam mode only)', () => {
    const config = emulator.runtimeConfig(testAppOrigin);
    expect(config.identityPoolId).toBe(poolId);
    expect(config.identityEndpoint).toBe(emulator.urls.domain);
  });

  it('gives one identity per user, stable across calls, and credentials for it', async () => {
    const sdk = identitySdk(emulator);
    const first = await sdk.send(
      new GetIdCommand({ IdentityPoolId: poolId, Logins: logins(erin.idToken) }),
    );
    const again = await sdk.send(
      new GetIdCommand({ IdentityPoolId: poolId, Logins: logins(erin.idToken) }),
    );
    expect(first.IdentityId).toMatch(/^local:[0-9a-f-]{36}$/);
    expect(again.IdentityId).toBe(first.IdentityId);
    const other = await signInWithPassword(emulator, 'frank@example.com');
    const frank = await sdk.send(
      new GetIdCommand({ IdentityPoolId: poolId, Logins: logins(other.idToken) }),
    );
    expect(frank.IdentityId).not.toBe(first.IdentityId);

    const { Credentials, IdentityId } = await sdk.send(
      new GetCredentialsForIdentityCommand({
        IdentityId: first.IdentityId,
        Logins: logins(erin.idToken),
      }),
    );
    expect(IdentityId).toBe(first.IdentityId);
    expect(Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(Credentials!.SecretKey).toHaveLength(40);
    expect(Credentials!.SessionToken!.length).toBeGreaterThan(100);
    expect(Credentials!.Expiration!.getTime()).toBe(clock.now() + 3600_000);
    sdk.destroy();
  });

  it('sends Expiration as a JSON number of epoch seconds, with CORS for the app', async () => {
    const { json: id } = await post('GetId', {
      IdentityPoolId: poolId,
      Logins: logins(erin.idToken),
    });
    const response = await post(
      'GetCredentialsForIdentity',
      { IdentityId: id['IdentityId'], Logins: logins(erin.idToken) },
      { Origin: testAppOrigin },
    );
    expect(response.status).toBe(200);
    expect(response.cors).toBe(testAppOrigin);
    const credentials = response.json['Credentials'] as Record<string, unknown>;
    expect(Object.keys(credentials)).toEqual([
      'AccessKeyId',
      'Expiration',
      'SecretKey',
      'SessionToken',
    ]);
    expect(credentials['Expiration']).toBe(Math.floor(clock.now() / 1000) + 3600);
  });

  it('hands out a 10-minute OpenID token naming the identity, pool and login', async () => {
    const sdk = identitySdk(emulator);
    const { IdentityId } = await sdk.send(
      new GetIdCommand({ IdentityPoolId: poolId, Logins: logins(erin.idToken) }),
    );
    const { Token } = await sdk.send(
      new GetOpenIdTokenCommand({ IdentityId, Logins: logins(erin.idToken) }),
    );
    const claims = JSON.parse(Buffer.from(Token!.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      sub: IdentityId,
      aud: poolId,
      iss: 'https://cognito-identity.amazonaws.com',
    });
    expect((claims['amr'] as string[])[0]).toBe('authenticated');
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(600);
    sdk.destroy();
  });

  it('describes the pool and its role to signed admin calls only', async () => {
    const sdk = identitySdk(emulator);
    const pool = await sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId: poolId }));
    expect(pool).toMatchObject({
      IdentityPoolId: poolId,
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [
        {
          ProviderName: loginsKey(emulator),
          ClientId: emulator.clientId,
          ServerSideTokenCheck: true,
        },
      ],
    });
    const roles = await sdk.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: poolId }));
    expect(roles.Roles).toEqual({
      authenticated: 'arn:aws:iam::123456789012:role/transactions-identity-authenticated',
    });
    const unsigned = await post('DescribeIdentityPool', { IdentityPoolId: poolId });
    expect(unsigned.status).toBe(400);
    expect(unsigned.type).toBe('MissingAuthenticationTokenException:');
    sdk.destroy();
  });

  const accessTokenCase = async () => logins(erin.accessToken);
  const otherKey = async () => ({
    'cognito-idp.us-east-1.amazonaws.com/us-east-1_Other': erin.idToken,
  });
  it.each([
    [
      'no Logins (guests are off)',
      async () => ({}),
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    ],
    [
      'a value that is not a JWT',
      async () => logins('not-a-token'),
      'NotAuthorizedException',
      'Invalid login token. Not a Cognito token.',
    ],
    [
      'an access token',
      accessTokenCase,
      'NotAuthorizedException',
      'Invalid login token. Missing a required claim: aud',
    ],
    [
      'a key that is not the token issuer',
      otherKey,
      'NotAuthorizedException',
      "Invalid login token. Issuer doesn't match providerName",
    ],
    [
      'a forged signature',
      async () =>
        logins(`${erin.idToken.slice(0, erin.idToken.lastIndexOf('.'))}.${'A'.repeat(342)}`),
      'NotAuthorizedException',
      "Invalid login token. Couldn't verify signed token.",
    ],
  ] as const)('refuses GetId with %s', async (_case, makeLogins, type, message) => {
    const response = await post('GetId', { IdentityPoolId: poolId, Logins: await makeLogins() });
    expect(response.status).toBe(400);
    expect(response.type).toBe(`${type}:`);
    expect(response.json).toEqual({ __type: type, message });
    expect(response.errorMessage).toBe(message);
  });

  it.each([
    ['no pool id', {}, 'ValidationException', /Value null at 'identityPoolId'/],
    [
      'a malformed pool id',
      { IdentityPoolId: 'local_no-colon' },
      'ValidationException',
      /regular expression pattern: \[\\w-\]\+:\[0-9a-f-\]\+/,
    ],
    [
      'an oversized pool id',
      { IdentityPoolId: `local:${'a'.repeat(60)}` },
      'ValidationException',
      /length between 1 and 55/,
    ],
    [
      'another pool',
      { IdentityPoolId: 'local:00000000-0000-0000-0000-000000000000' },
      'ResourceNotFoundException',
      /^IdentityPool 'local:0{8}-0{4}-0{4}-0{4}-0{12}' not found\.$/,
    ],
    [
      'Logins that are a list',
      { IdentityPoolId: poolId, Logins: ['x'] },
      'SerializationException',
      /Logins must be a map/,
    ],
    [
      'eleven Logins',
      {
        IdentityPoolId: poolId,
        Logins: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])),
      },
      'ValidationException',
      /less than or equal to 10/,
    ],
    [
      'an oversized token',
      { IdentityPoolId: poolId, Logins: { k: 'x'.repeat(50_001) } },
      'ValidationException',
      /values between 1 and 50000/,
    ],
    [
      'a pool id that is a number',
      { IdentityPoolId: 42 },
      'SerializationException',
      /must be a string/,
    ],
  ] as const)('refuses GetId with %s', async (_case, body, type, message) => {
    const response = await post('GetId', body);
    expect(response.status).toBe(400);
    expect(response.json['__type']).toBe(type);
    expect(String(response.json['message'])).toMatch(message);
  });

  it('refuses credentials for an unknown identity, without logins, or with logins of another user', async () => {
    const { json } = await post('GetId', { IdentityPoolId: poolId, Logins: logins(erin.idToken) });
    const identityId = json['IdentityId'] as string;
    const unknown = await post('GetCredentialsForIdentity', {
      IdentityId: 'local:00000000-0000-0000-0000-000000000000',
      Logins: logins(erin.idToken),
    });
    expect(unknown.json).toEqual({
      __type: 'ResourceNotFoundException',
      message: "Identity 'local:00000000-0000-0000-0000-000000000000' not found.",
    });
    const bare = await post('GetCredentialsForIdentity', { IdentityId: identityId });
    expect(bare.json).toEqual({
      __type: 'NotAuthorizedException',
      message: `Access to Identity '${identityId}' is forbidden.`,
    });
    const gina = await signInWithPassword(emulator, 'gina@example.com');
    const foreign = await post('GetCredentialsForIdentity', {
      IdentityId: identityId,
      Logins: logins(gina.idToken),
    });
    expect(foreign.json['message']).toBe(
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
    const role = await post('GetCredentialsForIdentity', {
      IdentityId: identityId,
      Logins: logins(erin.idToken),
      CustomRoleArn: 'arn:aws:iam::123456789012:role/Admin',
    });
    expect(role.json['__type']).toBe('NotAuthorizedException');
  });

  it('refuses an expired ID token with the times, and a signed-out one', async () => {
    const hank = await signInWithPassword(emulator, 'hank@example.com');
    await cognitoSdk(emulator).send(new GlobalSignOutCommand({ AccessToken: hank.accessToken }));
    const revoked = await post('GetId', { IdentityPoolId: poolId, Logins: logins(hank.idToken) });
    expect(revoked.json).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid login token. Token has been revoked.',
    });

    const ivy = await signInWithPassword(emulator, 'ivy@example.com');
    const { exp } = JSON.parse(Buffer.from(ivy.idToken.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
    };
    clock.set(exp * 1000);
    const expired = await post('GetId', { IdentityPoolId: poolId, Logins: logins(ivy.idToken) });
    expect(expired.json).toEqual({
      __type: 'NotAuthorizedException',
      message: `Invalid login token. Token expired: ${exp} >= ${exp}`,
    });
  });

  it('refuses unknown operations, bad bodies and foreign pages', async () => {
    expect((await post('ListIdentities', {})).json['__type']).toBe('UnsupportedOperationException');
    expect((await post('GetId', '{not json')).json['__type']).toBe('SerializationException');
    expect((await post('GetId', '[]')).json['__type']).toBe('SerializationException');
    expect((await post('GetId', 'x'.repeat(70 * 1024))).status).toBe(413);
    const foreign = await post(
      'GetId',
      { IdentityPoolId: poolId },
      { Origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.cors).toBeNull();
  });
});

describe('cognito mode', () => {
  it('serves no identity pool and publishes none', async () => {
    const plain = await startCognito({ appOrigins: [testAppOrigin] });
    try {
      const config = plain.runtimeConfig(testAppOrigin);
      expect(config).not.toHaveProperty('identityPoolId');
      expect(config).not.toHaveProperty('identityEndpoint');
      expect(plain.identityPool).toBeUndefined();
      const response = await fetch(plain.urls.jsonApi, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityService.GetId',
        },
        body: JSON.stringify({ IdentityPoolId: poolId }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { __type: string }).__type).toBe(
        'UnknownOperationException',
      );
    } finally {
      await plain.close();
    }
  });
});

describe('identities across a restart', () => {
  it('keeps identity ids and live credentials in the data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'identity-pool-'));
    try {
      const first = await startCognito({ apiAuth: 'iam', dataDir });
      const jo = await signInWithPassword(first, 'jo@example.com');
      const Logins = { [loginsKey(first)]: jo.idToken };
      const sdk = identitySdk(first);
      const { IdentityId } = await sdk.send(new GetIdCommand({ IdentityPoolId: poolId, Logins }));
      const { Credentials } = await sdk.send(
        new GetCredentialsForIdentityCommand({ IdentityId, Logins }),
      );
      sdk.destroy();
      await first.close();

      const second = await startCognito({ apiAuth: 'iam', dataDir });
      expect(second.identityPool!.credentials.find(Credentials!.AccessKeyId!)).toMatchObject({
        identityId: IdentityId,
        sessionToken: Credentials!.SessionToken,
      });
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a list', []],
    ['identities that are not a map', { version: 1, identities: [], credentials: [] }],
    [
      'a credential without its secret',
      { version: 1, identities: {}, credentials: [{ accessKeyId: 'ASIA' }] },
    ],
  ])(
    'refuses to start from an identity-pool.json that is %s, naming the file',
    async (_case, content) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'identity-pool-'));
      try {
        mkdirSync(join(dataDir, cognitoDataFolder));
        writeFileSync(
          join(dataDir, cognitoDataFolder, 'identity-pool.json'),
          JSON.stringify(content),
        );
        const error = await startCognito({ apiAuth: 'iam', dataDir }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidDataFileError);
        expect(String(error)).toContain('identity-pool.json');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
