// The resource server `transactions` and its scopes (issue 15, cognito-extensions §4): answered
// from the pool definition, granted through the OAuth endpoints in the access token's `scope`
// only, never to JSON-API sign-ins.
import {
  DescribeResourceServerCommand,
  InitiateAuthCommand,
  ListResourceServersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostedCodeTokens, pkceAuthorizeUrl, postTokenForm } from './hosted-code-tokens';
import type { Emulator } from '../../emulator/create-emulator';
import {
  cognitoSdk,
  postJsonApi,
  startCognito,
  testAppOrigin,
  wellFormedSigV4,
} from './start-test-emulator';

const password = 'Scopes-Pass-1';
const transactions = {
  Identifier: 'transactions',
  Name: 'Transactions API',
  Scopes: [
    { ScopeName: 'read', ScopeDescription: 'Read your transactions and totals' },
    { ScopeName: 'write', ScopeDescription: 'Add, change and delete your transactions' },
  ],
};

describe('resource servers and custom scopes', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  beforeAll(async () => {
    emulator = await startCognito({ appOrigins: [testAppOrigin] });
    sdk = cognitoSdk(emulator);
    await emulator.pool.createUser({ email: 'scopes@example.com', password });
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  it('describes and lists the definition resource server', async () => {
    const UserPoolId = emulator.userPoolId;
    await expect(
      sdk.send(new DescribeResourceServerCommand({ UserPoolId, Identifier: 'transactions' })),
    ).resolves.toMatchObject({ ResourceServer: { UserPoolId, ...transactions } });
    const listed = await sdk.send(new ListResourceServersCommand({ UserPoolId, MaxResults: 50 }));
    expect(listed.ResourceServers).toEqual([{ UserPoolId, ...transactions }]);
    expect(listed.NextToken).toBeUndefined();
    await expect(
      sdk.send(new DescribeResourceServerCommand({ UserPoolId, Identifier: 'orders' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it.each([
    ['ListResourceServers', { MaxResults: 0 }, 'InvalidParameterException'],
    ['ListResourceServers', { MaxResults: 51 }, 'InvalidParameterException'],
    ['ListResourceServers', {}, 'InvalidParameterException'],
    ['ListResourceServers', { MaxResults: '5' }, 'SerializationException'],
    ['ListResourceServers', { MaxResults: 5, NextToken: 'bogus!' }, 'InvalidParameterException'],
    ['DescribeResourceServer', {}, 'InvalidParameterException'],
    ['DescribeResourceServer', { Identifier: 'x'.repeat(257) }, 'InvalidParameterException'],
  ])('refuses %s with %j', async (target, body, type) => {
    const res = await postJsonApi(
      emulator,
      target,
      JSON.stringify({ UserPoolId: emulator.userPoolId, ...body }),
      wellFormedSigV4,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe(type);
  });

  const request = (scope: string) => ({
    clientId: emulator.clientId,
    redirectUri: `${testAppOrigin}/callback`,
    scope,
  });
  const hostedTokens = (scope: string) =>
    hostedCodeTokens(emulator, request(scope), 'scopes@example.com', password);

  it('grants the custom scopes in the access token scope only', async () => {
    const tokens = await hostedTokens('openid email transactions/read transactions/write');
    expect(decodeJwt(tokens.access_token).scope).toBe(
      'openid email transactions/read transactions/write',
    );
    expect(decodeJwt(tokens.id_token)).not.toHaveProperty('scope');
    // A refresh keeps them.
    const res = await postTokenForm(emulator, {
      grant_type: 'refresh_token',
      client_id: emulator.clientId,
      refresh_token: tokens.refresh_token,
    });
    const refreshed = (await res.json()) as { access_token: string };
    expect(decodeJwt(refreshed.access_token).scope).toBe(
      'openid email transactions/read transactions/write',
    );
  });

  it('grants only the scopes asked for', async () => {
    const tokens = await hostedTokens('openid transactions/read');
    expect(decodeJwt(tokens.access_token).scope).toBe('openid transactions/read');
  });

  it('refuses a scope of no resource server before the sign-in (strict: invalid_scope)', async () => {
    const { url } = pkceAuthorizeUrl(emulator, request('openid transactions/delete'));
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('gives JSON-API sign-ins aws.cognito.signin.user.admin only', async () => {
    const { AuthenticationResult } = await sdk.send(
      new InitiateAuthCommand({
        ClientId: emulator.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'scopes@example.com', PASSWORD: password },
      }),
    );
    expect(decodeJwt(AuthenticationResult!.AccessToken!).scope).toBe(
      'aws.cognito.signin.user.admin',
    );
    expect(decodeJwt(AuthenticationResult!.IdToken!)).not.toHaveProperty('scope');
  });
});
