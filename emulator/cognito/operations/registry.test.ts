import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import { buildPoolConfig } from '../../build-pool-config';
import { resolveOptions } from '../../emulator-options';
import { createCognitoEmulator, type CognitoEmulator } from '../create-cognito-emulator';
import { newKeyFile } from '../key-ring';
import type { PasswordHasher } from '../password-hasher';
import { findOperation, operations } from '.';

const config = buildPoolConfig(resolveOptions({ dataDir: null }), 'http://127.0.0.1:9229', 0);
const clientId = config.clients[0]!.clientId;
const fastHasher: PasswordHasher = {
  hash: async (password) => `plain:${password}`,
  verify: async (password, hash) => hash === `plain:${password}`,
};

/** Calls the JSON API in-process, as the SDK would over HTTP, and returns status and body. */
async function call(
  emulator: CognitoEmulator,
  target: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { __type?: string; message?: string } & Record<string, unknown>;
}> {
  const req = Readable.from([Buffer.from(JSON.stringify(body))]) as unknown as IncomingMessage;
  Object.assign(req, {
    method: 'POST',
    url: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      ...headers,
    },
  });
  const sent: { status: number; text: string } = { status: 0, text: '' };
  const res = {
    statusCode: 200,
    headersSent: false,
    setHeader: () => res,
    getHeader: () => undefined,
    end(text?: string) {
      sent.status = res.statusCode;
      sent.text = text ?? '';
    },
  };
  await emulator.handle(req, res as unknown as ServerResponse, new URL('http://emulator.invalid/'));
  return { status: sent.status, body: JSON.parse(sent.text) as never };
}

const sigV4 = {
  authorization: `AWS4-HMAC-SHA256 Credential=local/20300101/local/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
  'x-amz-date': '20300101T000000Z',
};

describe('the operation registry', () => {
  let emulator: CognitoEmulator;
  beforeAll(async () => {
    const clock = createManualClock();
    emulator = createCognitoEmulator(config, {
      clock,
      hasher: fastHasher,
      keyFile: await newKeyFile(clock.now()),
      log: () => {},
    });
  });

  it('finds only its own operations, never inherited properties', () => {
    expect(findOperation('SignUp')).toBe(operations.SignUp);
    expect(findOperation('AdminLinkProviderForUser')).toBeUndefined();
    expect(findOperation('toString')).toBeUndefined();
    expect(findOperation('__proto__')).toBeUndefined();
  });

  it('answers an unknown operation with UnsupportedOperationException, naming it', async () => {
    const res = await call(emulator, 'AdminLinkProviderForUser', {}, sigV4);
    expect(res).toMatchObject({
      status: 400,
      body: {
        __type: 'UnsupportedOperationException',
        message:
          'The local Cognito emulator does not implement the operation AdminLinkProviderForUser.',
      },
    });
  });

  // What real Cognito requires: SigV4 for the admin API (Admin*, ListUsers, ListUsersInGroup,
  // the group operations, Describe*, pool and client management), a user's access token for the self-service operations,
  // nothing for the app-client operations (AssociateSoftwareToken and VerifySoftwareToken take
  // an access token or a challenge Session, so they check it themselves).
  const selfService = [
    'GetUser',
    'GlobalSignOut',
    'UpdateUserAttributes',
    'DeleteUserAttributes',
    'GetUserAttributeVerificationCode',
    'VerifyUserAttribute',
    'ChangePassword',
    'DeleteUser',
    'SetUserMFAPreference',
  ];
  const expected = Object.keys(operations).map((name) => [
    name,
    /^Admin|^ListUsers|Group$|^ListGroups$|^Describe|UserPool|^AddCustomAttributes$|ResourceServers$|IdentityProviders$/.test(
      name,
    )
      ? 'iam'
      : selfService.includes(name)
        ? 'accessToken'
        : 'public',
  ]);

  it.each(expected)('declares %s as %s', (name, auth) => {
    expect(findOperation(name)!.auth).toBe(auth);
  });

  const iam = expected.filter(([, auth]) => auth === 'iam').map(([name]) => name!);

  it.each(iam)(
    'refuses %s without an Authorization header, before reading the body',
    async (name) => {
      const res = await call(emulator, name, { UserPoolId: config.userPoolId, Username: 'a@b.c' });
      expect(res).toMatchObject({
        status: 400,
        body: {
          __type: 'MissingAuthenticationTokenException',
          message: 'Missing Authentication Token',
        },
      });
    },
  );

  // CreateUserPool, ListUserPools and DescribeUserPoolDomain name no pool.
  const onAPool = iam.filter((name) => findOperation(name)!.scope === 'pool');

  it.each(onAPool)('checks the pool %s acts on once it is signed', async (name) => {
    const res = await call(emulator, name, { UserPoolId: 'local_Other', Username: 'a@b.c' }, sigV4);
    expect(res.body).toMatchObject({
      __type: 'ResourceNotFoundException',
      message: 'User pool local_Other does not exist.',
    });
  });

  it('lets a signed admin call through to the operation', async () => {
    const res = await call(
      emulator,
      'AdminGetUser',
      { UserPoolId: config.userPoolId, Username: 'nobody@example.com' },
      sigV4,
    );
    expect(res.body).toMatchObject({ __type: 'UserNotFoundException' });
  });

  it.each(selfService)('refuses %s without a valid access token', async (name) => {
    expect((await call(emulator, name, {})).body).toMatchObject({
      __type: 'InvalidParameterException',
      message: expect.stringContaining("Value null at 'accessToken'") as string,
    });
    expect((await call(emulator, name, { AccessToken: 'not.a.jwt' })).body).toMatchObject({
      __type: 'NotAuthorizedException',
      message: 'Invalid Access Token',
    });
  });

  it('serves GetUser to the holder of an access token with the admin scope', async () => {
    await emulator.pool.createUser({ email: 'reg@example.com', password: 'Reg-Pass-1' });
    const auth = await call(emulator, 'InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'reg@example.com', PASSWORD: 'Reg-Pass-1' },
    });
    const token = (auth.body.AuthenticationResult as { AccessToken: string }).AccessToken;
    const me = await call(emulator, 'GetUser', { AccessToken: token });
    expect(me.body.UserAttributes).toContainEqual({ Name: 'email', Value: 'reg@example.com' });
  });
});
