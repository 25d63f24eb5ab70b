// The product's custom attribute custom:default_currency and app clients' Read/WriteAttributes
// (issue 15, cognito-extensions §5): written through the product client, read back in a fresh
// ID token and in userInfo, never in the access token; a client that may not read or write it
// does not see it and is refused with Cognito's error; admin calls ignore client permissions.
import {
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostedCodeTokens } from './hosted-code-tokens';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, startCognito, testAppOrigin } from './start-test-emulator';

const password = 'Currency-Pass-1';
const restrictedId = 'restricted0client0attrs001';
const callback = `${testAppOrigin}/callback`;
const currency = 'custom:default_currency';

describe('custom:default_currency and client Read/WriteAttributes', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let users = 0;

  beforeAll(async () => {
    emulator = await startCognito({
      appOrigins: [testAppOrigin],
      appClients: [
        {
          ClientId: restrictedId,
          ClientName: 'restricted',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid', 'email', 'profile'],
          CallbackURLs: [callback],
          SupportedIdentityProviders: ['COGNITO'],
          ReadAttributes: ['email', 'email_verified', 'name'],
          WriteAttributes: ['name'],
        },
      ],
    });
    sdk = cognitoSdk(emulator);
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  async function newUser() {
    users += 1;
    const email = `currency${users}@example.com`;
    await emulator.pool.createUser({ email, password });
    return email;
  }

  const signIn = async (email: string, ClientId = emulator.clientId) =>
    (
      await sdk.send(
        new InitiateAuthCommand({
          ClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      )
    ).AuthenticationResult!;

  const setCurrency = (AccessToken: string, Value: string) =>
    sdk.send(
      new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: currency, Value }] }),
    );

  /** Hosted-UI tokens of `clientId` with the SPA's narrowed scopes. */
  const oauthTokens = (email: string, clientId: string) =>
    hostedCodeTokens(
      emulator,
      { clientId, redirectUri: callback, scope: 'openid email profile' },
      email,
      password,
    );

  /** As an admin (IAM): client permissions do not apply. */
  const adminSet = (Username: string, UserAttributes: { Name: string; Value: string }[]) =>
    sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: emulator.userPoolId,
        Username,
        UserAttributes,
      }),
    );

  const userInfo = async (accessToken: string) =>
    (await (
      await fetch(`${emulator.urls.domain}/oauth2/userInfo`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })
    ).json()) as Record<string, unknown>;

  it('lets the product client set it, and a fresh ID token carries it as a string', async () => {
    const email = await newUser();
    const auth = await signIn(email);
    expect(decodeJwt(auth.IdToken!)).not.toHaveProperty(currency);
    await setCurrency(auth.AccessToken!, 'EUR');
    const me = await sdk.send(new GetUserCommand({ AccessToken: auth.AccessToken }));
    expect(me.UserAttributes).toContainEqual({ Name: currency, Value: 'EUR' });
    const fresh = await sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: emulator.clientId,
        RefreshToken: auth.RefreshToken,
      }),
    );
    expect(decodeJwt(fresh.AuthenticationResult!.IdToken!)[currency]).toBe('EUR');
    // Never in access tokens (cognito-extensions §5).
    expect(decodeJwt(fresh.AuthenticationResult!.AccessToken!)).not.toHaveProperty(currency);
  });

  it('puts it in hosted-UI ID tokens and userInfo of the product client', async () => {
    const email = await newUser();
    await adminSet(email, [{ Name: currency, Value: 'JPY' }]);
    const tokens = await oauthTokens(email, emulator.clientId);
    expect(decodeJwt(tokens.id_token)[currency]).toBe('JPY');
    expect(decodeJwt(tokens.access_token)).not.toHaveProperty(currency);
    expect(await userInfo(tokens.access_token)).toMatchObject({ [currency]: 'JPY', email });
  });

  it.each([
    ['four characters', 'EURO', 'String must be no longer than 3 characters'],
    ['two characters', 'EU', 'String must be at least 3 characters'],
    ['an empty value', '', 'String must be at least 3 characters'],
  ])('refuses %s', async (_, value, text) => {
    const auth = await signIn(await newUser());
    await expect(setCurrency(auth.AccessToken!, value)).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: `Attributes did not conform to the schema: ${currency}: ${text}`,
    });
  });

  describe('a client without it in Read/WriteAttributes', () => {
    it('refuses UpdateUserAttributes of it with Cognito error, but writes what it may', async () => {
      const auth = await signIn(await newUser(), restrictedId);
      await expect(setCurrency(auth.AccessToken!, 'EUR')).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'A client attempted to write unauthorized attribute',
      });
      await sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken: auth.AccessToken,
          UserAttributes: [{ Name: 'name', Value: 'Ada' }],
        }),
      );
      // given_name is standard, but not in this client's WriteAttributes.
      await expect(
        sdk.send(
          new UpdateUserAttributesCommand({
            AccessToken: auth.AccessToken,
            UserAttributes: [{ Name: 'given_name', Value: 'Ada' }],
          }),
        ),
      ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    });

    it('refuses SignUp with it; the required email stays writable', async () => {
      const Username = 'signup-currency@example.com';
      const signUp = (extra: { Name: string; Value: string }[]) =>
        sdk.send(
          new SignUpCommand({
            ClientId: restrictedId,
            Username,
            Password: password,
            UserAttributes: [{ Name: 'email', Value: Username }, ...extra],
          }),
        );
      await expect(signUp([{ Name: currency, Value: 'EUR' }])).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'A client attempted to write unauthorized attribute',
      });
      await expect(signUp([])).resolves.toMatchObject({ UserConfirmed: false });
    });

    it('hides it from GetUser, ID tokens and userInfo; AdminGetUser still shows it', async () => {
      const email = await newUser();
      await adminSet(email, [
        { Name: currency, Value: 'GBP' },
        { Name: 'given_name', Value: 'Grace' },
      ]);
      const auth = await signIn(email, restrictedId);
      const me = await sdk.send(new GetUserCommand({ AccessToken: auth.AccessToken }));
      const names = me.UserAttributes!.map((a) => a.Name);
      expect(names.sort()).toEqual(['email', 'email_verified', 'sub']);
      const id = decodeJwt(auth.IdToken!);
      expect(id).not.toHaveProperty(currency);
      expect(id).not.toHaveProperty('given_name');
      expect(id.email).toBe(email);
      const tokens = await oauthTokens(email, restrictedId);
      expect(decodeJwt(tokens.id_token)).not.toHaveProperty(currency);
      const info = await userInfo(tokens.access_token);
      expect(info).not.toHaveProperty(currency);
      expect(info).not.toHaveProperty('given_name');
      expect(info).toMatchObject({ email });
      const admin = await sdk.send(
        new AdminGetUserCommand({ UserPoolId: emulator.userPoolId, Username: email }),
      );
      expect(admin.UserAttributes).toContainEqual({ Name: currency, Value: 'GBP' });
    });
  });
});
