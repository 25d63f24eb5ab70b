// ListIdentityProviders and DescribeIdentityProvider through the AWS SDK, answered from the pool
// definition and the local test IdP; and the emulator without its test IdP (`testIdp: false`).
import {
  DescribeIdentityProviderCommand,
  DescribeUserPoolClientCommand,
  ListIdentityProvidersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { federatedAuthorizeUrl } from './federated-sign-in';
import { cognitoSdk, startCognito } from './start-test-emulator';

describe('identity provider operations', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;

  beforeAll(async () => {
    emulator = await startCognito();
    sdk = cognitoSdk(emulator);
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  const UserPoolId = () => emulator.userPoolId;

  it('lists the Google provider and allows it on the product client', async () => {
    const listed = await sdk.send(new ListIdentityProvidersCommand({ UserPoolId: UserPoolId() }));
    expect(listed.Providers).toEqual([
      expect.objectContaining({ ProviderName: 'Google', ProviderType: 'Google' }),
    ]);
    expect(listed.Providers![0]!.CreationDate).toBeInstanceOf(Date);
    expect(listed.NextToken).toBeUndefined();
    const client = await sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId: UserPoolId(), ClientId: emulator.clientId }),
    );
    expect(client.UserPoolClient!.SupportedIdentityProviders).toEqual(['COGNITO', 'Google']);
  });

  it('describes it from the definition, with the test IdP as issuer and no client secret', async () => {
    const { IdentityProvider: p } = await sdk.send(
      new DescribeIdentityProviderCommand({ UserPoolId: UserPoolId(), ProviderName: 'Google' }),
    );
    expect(p).toMatchObject({
      UserPoolId: UserPoolId(),
      ProviderName: 'Google',
      ProviderType: 'Google',
      AttributeMapping: {
        username: 'sub',
        email: 'email',
        email_verified: 'email_verified',
        name: 'name',
      },
      IdpIdentifiers: [],
      ProviderDetails: {
        client_id: 'local-test-idp-client',
        authorize_scopes: 'openid email profile',
        oidc_issuer: `${emulator.urls.domain}/_test-idp`,
        authorize_url: `${emulator.urls.domain}/_test-idp/authorize`,
        token_url: `${emulator.urls.domain}/_test-idp/token`,
      },
    });
    expect(p!.ProviderDetails).not.toHaveProperty('client_secret');
    expect(JSON.stringify(p)).not.toMatch(/secret/i);
  });

  it('answers ResourceNotFoundException for a provider the pool lacks', async () => {
    await expect(
      sdk.send(
        new DescribeIdentityProviderCommand({ UserPoolId: UserPoolId(), ProviderName: 'google' }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  const describeWith = (input: Record<string, unknown>) =>
    new DescribeIdentityProviderCommand({ UserPoolId: UserPoolId(), ...input } as never);
  const listWith = (input: Record<string, unknown>) =>
    new ListIdentityProvidersCommand({ UserPoolId: UserPoolId(), ...input } as never);

  it.each([
    ['no ProviderName', () => describeWith({})],
    ['a 33-character ProviderName', () => describeWith({ ProviderName: 'x'.repeat(33) })],
    ['MaxResults 0', () => listWith({ MaxResults: 0 })],
    ['MaxResults 61', () => listWith({ MaxResults: 61 })],
    ['a foreign NextToken', () => listWith({ NextToken: '<script>' })],
    ['an oversized NextToken', () => listWith({ NextToken: 'n'.repeat(2000) })],
  ])('refuses %s with InvalidParameterException', async (_, command) => {
    const sent = (): Promise<unknown> => {
      const c = command();
      return c instanceof ListIdentityProvidersCommand ? sdk.send(c) : sdk.send(c);
    };
    await expect(sent()).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it('refuses a ProviderName that is not a string, as Cognito does any mistyped member', async () => {
    await expect(sdk.send(describeWith({ ProviderName: 42 }))).rejects.toMatchObject({
      name: 'SerializationException',
    });
  });
});

describe('the emulator with testIdp: false', () => {
  it('has no providers, refuses identity_provider=Google and shows no button', async () => {
    const emulator = await startCognito({ testIdp: false });
    const sdk = cognitoSdk(emulator);
    try {
      const listed = await sdk.send(
        new ListIdentityProvidersCommand({ UserPoolId: emulator.userPoolId }),
      );
      expect(listed.Providers).toEqual([]);
      const { url } = federatedAuthorizeUrl(emulator);
      const res = await fetch(url, { redirect: 'manual' });
      expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe(
        'invalid_request',
      );
      expect((await fetch(`${emulator.urls.domain}/_test-idp/jwks.json`)).status).toBe(404);
      url.searchParams.delete('identity_provider');
      const login = await fetch(
        new URL(
          (await fetch(url, { redirect: 'manual' })).headers.get('location')!,
          emulator.urls.domain,
        ),
      );
      expect(await login.text()).not.toContain('Continue with');
    } finally {
      sdk.destroy();
      await emulator.close();
    }
  });
});
