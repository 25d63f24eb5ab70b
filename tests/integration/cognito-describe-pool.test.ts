import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { defaultScopes } from '../../contract/runtime-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { implicitTestClient } from '../../emulator/cognito/testing/implicit-client';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, startCognito } from './start-test-emulator';

const startedAt = Date.UTC(2030, 0, 1);

describe('DescribeUserPool and DescribeUserPoolClient with the AWS SDK v3', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let UserPoolId: string;

  beforeAll(async () => {
    emulator = await startCognito({
      clock: createManualClock(startedAt),
      appClients: [
        { ...implicitTestClient, IdTokenValidity: 5, TokenValidityUnits: { IdToken: 'minutes' } },
      ],
    });
    UserPoolId = emulator.userPoolId;
    sdk = cognitoSdk(emulator);
    await emulator.pool.createUser({ email: 'ada@example.com', password: 'Correct-Horse-1' });
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  it('describes the pool: email as username, the password policy, the schema, MFA off', async () => {
    const { UserPool } = await sdk.send(new DescribeUserPoolCommand({ UserPoolId }));
    expect(UserPool).toMatchObject({
      Id: UserPoolId,
      Arn: `arn:aws:cognito-idp:local:000000000000:userpool/${UserPoolId}`,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
      MfaConfiguration: 'OPTIONAL',
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
      UserPoolTier: 'ESSENTIALS',
      EstimatedNumberOfUsers: 1,
    });
    // Epoch seconds on the wire, which the SDK turns into Dates.
    expect(UserPool?.CreationDate).toEqual(new Date(startedAt));
    const schema = UserPool?.SchemaAttributes ?? [];
    expect(schema.map((a) => a.Name)).toContain('updated_at');
    expect(schema.find((a) => a.Name === 'sub')).toMatchObject({ Required: true, Mutable: false });
    expect(schema.find((a) => a.Name === 'email')).toEqual({
      Name: 'email',
      AttributeDataType: 'String',
      StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
      DeveloperOnlyAttribute: false,
      Required: true,
      Mutable: true,
    });
    expect(schema.filter((a) => a.Required).map((a) => a.Name)).toEqual(['sub', 'email']);
  });

  it("describes the product's client: code grant only, its scopes, flows and lifetimes", async () => {
    const { UserPoolClient } = await sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: emulator.clientId }),
    );
    expect(UserPoolClient).toMatchObject({
      UserPoolId,
      ClientId: emulator.clientId,
      ClientName: 'spa',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      // Every scope the SPA asks for, the self-service and custom ones included (issue 15).
      AllowedOAuthScopes: defaultScopes.split(' '),
      // Google: the local test IdP, on by default offline (issue 19).
      SupportedIdentityProviders: ['COGNITO', 'Google'],
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 43_200,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      AuthSessionValidity: 3,
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    expect(UserPoolClient).not.toHaveProperty('ClientSecret');
    expect([...(UserPoolClient?.ExplicitAuthFlows ?? [])].sort()).toEqual([
      'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    // Rotation replaces ALLOW_REFRESH_TOKEN_AUTH (issue 15).
    expect(UserPoolClient?.RefreshTokenRotation).toEqual({
      Feature: 'ENABLED',
      RetryGracePeriodSeconds: 10,
    });
    expect(UserPoolClient?.CallbackURLs).toContain('http://localhost:5173/callback');
    expect(UserPoolClient?.CallbackURLs).toContain('http://localhost:4173/app/callback');
    expect(UserPoolClient?.LogoutURLs).toContain('http://localhost:5173/signed-out');
  });

  it('describes a client added through the appClients option, with its own flows', async () => {
    const { UserPoolClient } = await sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: implicitTestClient.ClientId }),
    );
    expect(UserPoolClient).toMatchObject({
      ClientName: 'implicit-test',
      AllowedOAuthFlows: ['implicit'],
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: ['http://localhost:5173/callback'],
      IdTokenValidity: 5,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 43_200,
    });
  });

  it.each([
    [
      'an unknown pool',
      { UserPoolId: 'local_Nope00000' },
      'User pool local_Nope00000 does not exist.',
    ],
    [
      'an unknown client',
      { ClientId: 'nope0000000000000000000000' },
      'User pool client nope0000000000000000000000 does not exist.',
    ],
  ])('answers ResourceNotFoundException for %s', async (_what, over, message) => {
    const input = { UserPoolId, ClientId: emulator.clientId, ...over };
    await expect(sdk.send(new DescribeUserPoolClientCommand(input))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message,
    });
  });

  it('answers ResourceNotFoundException for DescribeUserPool of another pool', async () => {
    await expect(
      sdk.send(new DescribeUserPoolCommand({ UserPoolId: 'local_Nope00000' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool local_Nope00000 does not exist.',
    });
  });

  it('needs a UserPoolId and a signed request', async () => {
    await expect(
      sdk.send(new DescribeUserPoolCommand({ UserPoolId: undefined })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    const unsigned = await fetch(emulator.urls.jsonApi, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.DescribeUserPoolClient',
      },
      body: JSON.stringify({ UserPoolId, ClientId: emulator.clientId }),
    });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });
});
