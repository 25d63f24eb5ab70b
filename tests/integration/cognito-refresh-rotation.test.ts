// Refresh-token rotation (issue 15, cognito-extensions §3): the product's client rotates with a
// 10 s grace period, through the token endpoint over HTTP and GetTokensFromRefreshToken through
// the AWS SDK; reuse after the grace period ends the family; REFRESH_TOKEN_AUTH is refused.
import {
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  UpdateUserPoolClientCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../contract/clock';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, postJsonApi, startCognito, wellFormedSigV4 } from './start-test-emulator';

const password = 'Rotate-Pass-1';
const plainClientId = 'plain0client0no0rotation01';

describe('refresh-token rotation', () => {
  let clock: ManualClock;
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let userCount = 0;

  beforeAll(async () => {
    clock = createManualClock(Date.parse('2030-01-01T00:00:00Z'));
    emulator = await startCognito({
      clock,
      appClients: [
        {
          ClientId: plainClientId,
          ClientName: 'plain',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        },
      ],
    });
    sdk = cognitoSdk(emulator);
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  /** A fresh user's JSON-API tokens from `ClientId`. */
  async function signIn(ClientId = emulator.clientId) {
    userCount += 1;
    const email = `rotate${userCount}@example.com`;
    await emulator.pool.createUser({ email, password });
    const { AuthenticationResult } = await sdk.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    return AuthenticationResult!;
  }

  const viaSdk = (RefreshToken: string, ClientId = emulator.clientId) =>
    sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken }));

  const viaTokenEndpoint = (refreshToken: string) =>
    fetch(`${emulator.urls.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: emulator.clientId,
        refresh_token: refreshToken,
      }),
    });

  describe('the token endpoint', () => {
    it('returns a new refresh token; the old one works within 10 s, then ends the family', async () => {
      const first = (await signIn()).RefreshToken!;
      const res = await viaTokenEndpoint(first);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual([
        'access_token',
        'expires_in',
        'id_token',
        'refresh_token',
        'token_type',
      ]);
      const second = body.refresh_token as string;
      expect(second).not.toBe(first);
      expect(second.split('.')).toHaveLength(5);

      clock.advance(9_000);
      const retry = await viaTokenEndpoint(first);
      expect(retry.status).toBe(200);
      const third = ((await retry.json()) as { refresh_token: string }).refresh_token;

      clock.advance(1_000); // 10 s after `first` was replaced: the grace period is over
      const reused = await viaTokenEndpoint(first);
      expect(reused.status).toBe(400);
      expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
      // Reuse detection: the successors die with it.
      for (const successor of [second, third]) {
        const after = await viaTokenEndpoint(successor);
        expect(after.status).toBe(400);
        expect(await after.json()).toMatchObject({ error: 'invalid_grant' });
      }
    });

    it('keeps sub, auth_time and origin_jti across rotations', async () => {
      const auth = await signIn();
      const before = decodeJwt(auth.IdToken!);
      let token = auth.RefreshToken!;
      for (let i = 0; i < 3; i += 1) {
        clock.advance(60_000);
        const body = (await (await viaTokenEndpoint(token)).json()) as Record<string, string>;
        const id = decodeJwt(body.id_token!);
        expect(id).toMatchObject({
          sub: before.sub,
          auth_time: before.auth_time,
          origin_jti: before.origin_jti,
        });
        expect(id.jti).not.toBe(before.jti);
        token = body.refresh_token!;
      }
    });

    it('lets the rotated token expire when the original would have', async () => {
      const lifetimes = await startCognito({
        clock,
        tokenLifetimes: { refreshTokenSeconds: 3600 },
      });
      try {
        const local = cognitoSdk(lifetimes);
        await lifetimes.pool.createUser({ email: 'expiry@example.com', password });
        const auth = await local.send(
          new InitiateAuthCommand({
            ClientId: lifetimes.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'expiry@example.com', PASSWORD: password },
          }),
        );
        clock.advance(3_000_000);
        const rotated = await local.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: lifetimes.clientId,
            RefreshToken: auth.AuthenticationResult!.RefreshToken!,
          }),
        );
        clock.advance(700_000); // 3700 s after sign-in, 700 s after the rotation
        await expect(
          local.send(
            new GetTokensFromRefreshTokenCommand({
              ClientId: lifetimes.clientId,
              RefreshToken: rotated.AuthenticationResult!.RefreshToken!,
            }),
          ),
        ).rejects.toMatchObject({
          name: 'NotAuthorizedException',
          message: 'Refresh Token has expired',
        });
        local.destroy();
      } finally {
        await lifetimes.close();
      }
    });
  });

  describe('GetTokensFromRefreshToken', () => {
    it('rotates, honours the old token for the grace period, then refuses it as reuse', async () => {
      const first = (await signIn()).RefreshToken!;
      const rotated = await viaSdk(first);
      expect(rotated.AuthenticationResult).toMatchObject({
        TokenType: 'Bearer',
        ExpiresIn: 3600,
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        RefreshToken: expect.any(String),
      });
      const second = rotated.AuthenticationResult!.RefreshToken!;
      expect(decodeJwt(rotated.AuthenticationResult!.AccessToken!).scope).toBe(
        'aws.cognito.signin.user.admin',
      );
      clock.advance(5_000);
      await expect(viaSdk(first)).resolves.toBeDefined();
      clock.advance(5_000);
      await expect(viaSdk(first)).rejects.toMatchObject({
        name: 'RefreshTokenReuseException',
        message: 'Refresh Token has been revoked',
      });
      await expect(viaSdk(second)).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Refresh Token has been revoked',
      });
    });

    it('answers a client that does not rotate without a new refresh token', async () => {
      const token = (await signIn(plainClientId)).RefreshToken!;
      const result = await viaSdk(token, plainClientId);
      expect(result.AuthenticationResult?.RefreshToken).toBeUndefined();
      await expect(viaSdk(token, plainClientId)).resolves.toBeDefined();
    });

    it('refuses a token of another client, a garbage token and an unknown client', async () => {
      const token = (await signIn()).RefreshToken!;
      await expect(viaSdk(token, plainClientId)).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Invalid Refresh Token',
      });
      await expect(viaSdk('garbage')).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Invalid Refresh Token',
      });
      await expect(viaSdk(token, 'nope')).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
    });

    it.each([
      ['no RefreshToken', { ClientId: 'x' }, 'InvalidParameterException'],
      ['no ClientId', { RefreshToken: 'x' }, 'InvalidParameterException'],
      ['a number as RefreshToken', { ClientId: 'x', RefreshToken: 7 }, 'SerializationException'],
      [
        'an oversized RefreshToken',
        { ClientId: 'x', RefreshToken: 'a'.repeat(9000) },
        'InvalidParameterException',
      ],
      [
        'ClientMetadata as a list',
        { ClientId: 'x', RefreshToken: 'x', ClientMetadata: [] },
        'SerializationException',
      ],
    ])('refuses %s', async (_, body, type) => {
      const res = await postJsonApi(emulator, 'GetTokensFromRefreshToken', JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { __type: string }).__type).toBe(type);
    });

    it('refuses a DeviceKey: no device is ever remembered', async () => {
      const token = (await signIn()).RefreshToken!;
      await expect(
        sdk.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: emulator.clientId,
            RefreshToken: token,
            DeviceKey: 'local_0f1e2d',
          }),
        ),
      ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    });
  });

  it('refuses InitiateAuth REFRESH_TOKEN_AUTH on the rotating client', async () => {
    const token = (await signIn()).RefreshToken!;
    for (const AuthFlow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'] as const) {
      await expect(
        sdk.send(
          new InitiateAuthCommand({
            ClientId: emulator.clientId,
            AuthFlow,
            AuthParameters: { REFRESH_TOKEN: token },
          }),
        ),
      ).rejects.toMatchObject({
        name: 'InvalidParameterException',
        message: 'Refresh Token flow not enabled for this client',
      });
    }
  });

  it('ends the whole family on RevokeToken, whichever of its tokens is revoked', async () => {
    const first = (await signIn()).RefreshToken!;
    const second = (await viaSdk(first)).AuthenticationResult!.RefreshToken!;
    await sdk.send(new RevokeTokenCommand({ ClientId: emulator.clientId, Token: second }));
    for (const token of [first, second])
      await expect(viaSdk(token)).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Refresh Token has been revoked',
      });
  });

  it('ends every family on GlobalSignOut', async () => {
    const auth = await signIn();
    const second = (await viaSdk(auth.RefreshToken!)).AuthenticationResult!;
    await sdk.send(new GlobalSignOutCommand({ AccessToken: second.AccessToken }));
    const res = await viaTokenEndpoint(second.RefreshToken!);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  describe('RefreshTokenRotation on app clients', () => {
    const UserPoolId = () => emulator.userPoolId;
    const create = (extra: Record<string, unknown>) =>
      sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: UserPoolId(),
          ClientName: 'rotating',
          ...extra,
        }),
      );

    it('is accepted, described, and a grace period of 0 refuses the old token at once', async () => {
      const created = await create({
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
      });
      const ClientId = created.UserPoolClient!.ClientId!;
      expect(created.UserPoolClient?.RefreshTokenRotation).toEqual({
        Feature: 'ENABLED',
        RetryGracePeriodSeconds: 0,
      });
      const first = (await signIn(ClientId)).RefreshToken!;
      await viaSdk(first, ClientId);
      await expect(viaSdk(first, ClientId)).rejects.toMatchObject({
        name: 'RefreshTokenReuseException',
      });
      await sdk.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: UserPoolId(),
          ClientId,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          RefreshTokenRotation: { Feature: 'DISABLED' },
        }),
      );
      const described = await sdk.send(
        new DescribeUserPoolClientCommand({ UserPoolId: UserPoolId(), ClientId }),
      );
      expect(described.UserPoolClient?.RefreshTokenRotation).toEqual({
        Feature: 'DISABLED',
        RetryGracePeriodSeconds: 0,
      });
    });

    it('describes the product client with rotation on and 10 s of grace', async () => {
      const described = await sdk.send(
        new DescribeUserPoolClientCommand({
          UserPoolId: UserPoolId(),
          ClientId: emulator.clientId,
        }),
      );
      expect(described.UserPoolClient?.RefreshTokenRotation).toEqual({
        Feature: 'ENABLED',
        RetryGracePeriodSeconds: 10,
      });
      expect(described.UserPoolClient?.ExplicitAuthFlows).not.toContain('ALLOW_REFRESH_TOKEN_AUTH');
    });

    it.each([
      [
        'ALLOW_REFRESH_TOKEN_AUTH beside rotation',
        {
          ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
          RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
        },
        'ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is enabled.',
      ],
      [
        'no Feature',
        { RefreshTokenRotation: { RetryGracePeriodSeconds: 5 } },
        /Member must not be null/,
      ],
      ['an unknown Feature', { RefreshTokenRotation: { Feature: 'ON' } }, /enum value set/],
      [
        'a grace period of 61 s',
        { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 } },
        /between 0 and 60/,
      ],
      [
        'a negative grace period',
        { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: -1 } },
        /between 0 and 60/,
      ],
      [
        'a fractional grace period',
        { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 1.5 } },
        /between 0 and 60/,
      ],
      [
        'a string grace period',
        { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: '10' } },
        /between 0 and 60/,
      ],
      ['a list', { RefreshTokenRotation: [] }, 'RefreshTokenRotation must be an object.'],
      [
        'an unknown member',
        { RefreshTokenRotation: { Feature: 'ENABLED', Extra: 1 } },
        'RefreshTokenRotation has no member Extra.',
      ],
    ])('refuses %s', async (_, extra, message) => {
      const res = await postJsonApi(
        emulator,
        'CreateUserPoolClient',
        JSON.stringify({ UserPoolId: UserPoolId(), ClientName: 'bad', ...extra }),
        wellFormedSigV4,
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { __type: string; message: string };
      expect(body.__type).toBe('InvalidParameterException');
      expect(body.message).toMatch(message);
    });
  });
});
