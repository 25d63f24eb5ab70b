// SECRET_HASH for app clients with a secret, through the AWS SDK v3: required and exact on
// SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword and
// REFRESH_TOKEN_AUTH, with Cognito's two messages; clients without a secret ignore it.
import { createHmac } from 'node:crypto';
import {
  AdminConfirmSignUpCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createPoolWithClient } from './created-pool';
import { failureOf, postJsonApi } from './start-test-emulator';

let h: CognitoSdkHarness;
let poolId: string;
let clientId: string;
let secret: string;
let publicClientId: string;
const password = 'Secret-hash-1';

const hashOf = (username: string) =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');

/** Asserts Cognito's answers without the hash and with a wrong one; then calls with the right one. */
async function onlyWithHash<T>(username: string, call: (hash?: string) => Promise<T>): Promise<T> {
  expect(await failureOf(call())).toMatchObject({
    name: 'NotAuthorizedException',
    message: `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
  });
  expect(await failureOf(call(hashOf(`${username}-not`)))).toMatchObject({
    name: 'NotAuthorizedException',
    message: `Unable to verify secret hash for client ${clientId}`,
  });
  return call(hashOf(username));
}

/** The SecretHash member when there is a hash. */
const secretHash = (hash?: string) => (hash === undefined ? {} : { SecretHash: hash });

beforeAll(async () => {
  h = await startCognitoSdk();
  const flows = ['ALLOW_USER_PASSWORD_AUTH' as const, 'ALLOW_REFRESH_TOKEN_AUTH' as const];
  const server = await createPoolWithClient(
    h.sdk,
    { AliasAttributes: ['email'], AutoVerifiedAttributes: ['email'] },
    { GenerateSecret: true, ExplicitAuthFlows: flows },
  );
  ({ poolId, clientId } = server);
  secret = server.clientSecret!;
  const spa = await h.sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'spa',
      ExplicitAuthFlows: flows,
    }),
  );
  publicClientId = spa.UserPoolClient!.ClientId!;
});
afterAll(() => h.close());

const signUp = (username: string, hash?: string) =>
  h.sdk.send(
    new SignUpCommand({
      ClientId: clientId,
      Username: username,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      ...secretHash(hash),
    }),
  );
const user = (Username: string) => ({ ClientId: clientId, Username });

describe('SECRET_HASH on the self-service operations', () => {
  it('signs up, resends and confirms only with the right hash', async () => {
    await onlyWithHash('sam', (hash) => signUp('sam', hash));
    await onlyWithHash('sam', (hash) =>
      h.sdk.send(new ResendConfirmationCodeCommand({ ...user('sam'), ...secretHash(hash) })),
    );
    const ConfirmationCode = h.codeFor('sam@example.com');
    await onlyWithHash('sam', (hash) =>
      h.sdk.send(
        new ConfirmSignUpCommand({ ...user('sam'), ConfirmationCode, ...secretHash(hash) }),
      ),
    );
  });

  it('asks for a reset code and resets only with the right hash', async () => {
    await signUp('rita', hashOf('rita'));
    await h.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'rita' }));
    // Rita's email is not verified (AdminConfirmSignUp verifies nothing): same answer, no code.
    await onlyWithHash('rita', (hash) =>
      h.sdk.send(new ForgotPasswordCommand({ ...user('rita'), ...secretHash(hash) })),
    );
    const reset = { ConfirmationCode: '123456', Password: 'Another-pass-2' };
    const past = onlyWithHash('rita', (hash) =>
      h.sdk.send(
        new ConfirmForgotPasswordCommand({ ...user('rita'), ...reset, ...secretHash(hash) }),
      ),
    );
    // Past the hash check: the code is what fails now.
    expect(await failureOf(past)).toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('lets a client without a secret ignore SecretHash', async () => {
    await h.sdk.send(
      new SignUpCommand({
        ClientId: publicClientId,
        Username: 'pubby',
        Password: password,
        SecretHash: 'anything',
      }),
    );
  });

  it.each([
    ['too long', JSON.stringify('a'.repeat(129)), 'InvalidParameterException'],
    ['not a string', '42', 'SerializationException'],
    ['an object', '{"__proto__":{}}', 'SerializationException'],
  ])('refuses a SecretHash that is %s', async (_what, value, type) => {
    const res = await postJsonApi(
      h.emulator,
      'SignUp',
      `{"ClientId":"${clientId}","Username":"hostile","Password":"${password}","SecretHash":${value}}`,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe(type);
  });
});

describe('SECRET_HASH on REFRESH_TOKEN_AUTH', () => {
  it('refreshes only with the hash of the pool username', async () => {
    await signUp('ria', hashOf('ria'));
    await h.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'ria' }));
    const { AuthenticationResult } = await h.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: 'ria', PASSWORD: password, SECRET_HASH: hashOf('ria') },
      }),
    );
    const refresh = (hash?: string, token = AuthenticationResult!.RefreshToken!) =>
      h.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: clientId,
          AuthParameters: {
            REFRESH_TOKEN: token,
            ...(hash === undefined ? {} : { SECRET_HASH: hash }),
          },
        }),
      );
    expect(await failureOf(refresh(hashOf('ria'), 'not-a-token'))).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid Refresh Token',
    });
    const refreshed = await onlyWithHash('ria', (hash) => refresh(hash));
    expect(refreshed.AuthenticationResult?.IdToken).toMatch(/^eyJ/);
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });
});
