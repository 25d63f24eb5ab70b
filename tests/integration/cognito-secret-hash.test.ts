// SECRET_HASH for app clients with a secret, through the AWS SDK v3: required and exact on
// SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword and
// REFRESH_TOKEN_AUTH, with Cognito's two messages; clients without a secret ignore it.
import { createHmac } from 'node:crypto';
import {
  AdminConfirmSignUpCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, postJsonApi, startCognito } from './start-test-emulator';

let emulator: Emulator;
let sdk: CognitoIdentityProviderClient;
let poolId: string;
let clientId: string;
let secret: string;
let publicClientId: string;
const password = 'Secret-hash-1';

const hashOf = (username: string) =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

const missing = () => ({
  name: 'NotAuthorizedException',
  message: `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
});
const wrong = () => ({
  name: 'NotAuthorizedException',
  message: `Unable to verify secret hash for client ${clientId}`,
});

beforeAll(async () => {
  emulator = await startCognito();
  sdk = cognitoSdk(emulator);
  const { UserPool } = await sdk.send(
    new CreateUserPoolCommand({
      PoolName: 'server-side',
      AliasAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
    }),
  );
  poolId = UserPool!.Id!;
  const flows = ['ALLOW_USER_PASSWORD_AUTH' as const, 'ALLOW_REFRESH_TOKEN_AUTH' as const];
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'server',
      GenerateSecret: true,
      ExplicitAuthFlows: flows,
    }),
  );
  clientId = UserPoolClient!.ClientId!;
  secret = UserPoolClient!.ClientSecret!;
  const publicClient = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'spa',
      ExplicitAuthFlows: flows,
    }),
  );
  publicClientId = publicClient.UserPoolClient!.ClientId!;
});
afterAll(() => emulator.close());

const signUp = (username: string, SecretHash?: string) =>
  sdk.send(
    new SignUpCommand({
      ClientId: clientId,
      Username: username,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      ...(SecretHash === undefined ? {} : { SecretHash }),
    }),
  );

describe('SECRET_HASH on the self-service operations', () => {
  it('signs up and confirms only with the right hash', async () => {
    expect(await failure(signUp('sam'))).toMatchObject(missing());
    expect(await failure(signUp('sam', hashOf('someone-else')))).toMatchObject(wrong());
    await signUp('sam', hashOf('sam'));
    const resend = (SecretHash?: string) =>
      sdk.send(
        new ResendConfirmationCodeCommand({
          ClientId: clientId,
          Username: 'sam',
          ...(SecretHash === undefined ? {} : { SecretHash }),
        }),
      );
    expect(await failure(resend())).toMatchObject(missing());
    expect(await failure(resend('AAAA'))).toMatchObject(wrong());
    await resend(hashOf('sam'));
    const code = emulator.pool.mailbox.latest('sam@example.com')!.code!;
    const confirm = (SecretHash?: string) =>
      sdk.send(
        new ConfirmSignUpCommand({
          ClientId: clientId,
          Username: 'sam',
          ConfirmationCode: code,
          ...(SecretHash === undefined ? {} : { SecretHash }),
        }),
      );
    expect(await failure(confirm())).toMatchObject(missing());
    expect(await failure(confirm(hashOf('SAM')))).toMatchObject(wrong());
    await confirm(hashOf('sam'));
  });

  it('resets a password only with the right hash', async () => {
    await signUp('rita', hashOf('rita'));
    await sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'rita' }));
    const forgot = (SecretHash?: string) =>
      sdk.send(
        new ForgotPasswordCommand({
          ClientId: clientId,
          Username: 'rita',
          ...(SecretHash === undefined ? {} : { SecretHash }),
        }),
      );
    expect(await failure(forgot())).toMatchObject(missing());
    expect(await failure(forgot(hashOf('rit')))).toMatchObject(wrong());
    // Rita's email is not verified (AdminConfirmSignUp verifies nothing): same answer, no code.
    await forgot(hashOf('rita'));
    const reset = (SecretHash?: string) =>
      sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: clientId,
          Username: 'rita',
          ConfirmationCode: '123456',
          Password: 'Another-pass-2',
          ...(SecretHash === undefined ? {} : { SecretHash }),
        }),
      );
    expect(await failure(reset())).toMatchObject(missing());
    expect(await failure(reset(hashOf('x')))).toMatchObject(wrong());
    // Past the hash check: the code is what fails now.
    expect(await failure(reset(hashOf('rita')))).toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('lets a client without a secret ignore SecretHash', async () => {
    await sdk.send(
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
      emulator,
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
    await sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: 'ria' }));
    const { AuthenticationResult } = await sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: 'ria', PASSWORD: password, SECRET_HASH: hashOf('ria') },
      }),
    );
    const refresh = (hash?: string, token = AuthenticationResult!.RefreshToken!) =>
      sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: clientId,
          AuthParameters: {
            REFRESH_TOKEN: token,
            ...(hash === undefined ? {} : { SECRET_HASH: hash }),
          },
        }),
      );
    expect(await failure(refresh())).toMatchObject(missing());
    expect(await failure(refresh(hashOf('someone')))).toMatchObject(wrong());
    expect(await failure(refresh(hashOf('ria'), 'not-a-token'))).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid Refresh Token',
    });
    const refreshed = await refresh(hashOf('ria'));
    expect(refreshed.AuthenticationResult?.IdToken).toMatch(/^eyJ/);
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });
});
