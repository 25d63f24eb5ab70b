import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from '../build-pool-config';
import { InvalidEmulatorOptionsError, resolveOptions } from '../emulator-options';
import { appClientFromRequest, type AppClientRequest } from './app-client-from-request';

const pool = { requirePkce: true };
const base = { ClientId: 'test0client0000000000000001', ClientName: 'test' };

describe('appClientFromRequest', () => {
  it("fills in Cognito's defaults: no OAuth, SRP + refresh + custom auth, 1 h / 1 h / 30 days", () => {
    expect(appClientFromRequest(base, pool)).toEqual({
      clientId: base.ClientId,
      clientName: 'test',
      callbackUrls: [],
      logoutUrls: [],
      allowedOAuthFlows: [],
      allowedOAuthScopes: [],
      explicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
      requirePkce: true,
      idTokenSeconds: 3600,
      accessTokenSeconds: 3600,
      refreshTokenSeconds: 30 * 86_400,
      identityProviders: [],
    });
  });

  it("allows the pool's federated providers, and no others", () => {
    const withGoogle = { ...pool, identityProviders: [{ name: 'Google' }] };
    const request = { ...base, SupportedIdentityProviders: ['COGNITO', 'Google'] };
    expect(appClientFromRequest(request, withGoogle).identityProviders).toEqual([
      'COGNITO',
      'Google',
    ]);
    for (const name of ['Facebook', 'google', 'x'.repeat(500)])
      expect(() =>
        appClientFromRequest({ ...base, SupportedIdentityProviders: [name] }, withGoogle),
      ).toThrow(/does not exist/);
  });

  it('allows OAuth flows only with AllowedOAuthFlowsUserPoolClient, as Cognito does', () => {
    const flows = { ...base, AllowedOAuthFlows: ['implicit' as const] };
    expect(appClientFromRequest(flows, pool).allowedOAuthFlows).toEqual([]);
    expect(
      appClientFromRequest({ ...flows, AllowedOAuthFlowsUserPoolClient: true }, pool)
        .allowedOAuthFlows,
    ).toEqual(['implicit']);
  });

  it('reads lifetimes in their units (hours for ID and access, days for refresh by default)', () => {
    const client = appClientFromRequest(
      {
        ...base,
        IdTokenValidity: 2,
        AccessTokenValidity: 30,
        RefreshTokenValidity: 7,
        TokenValidityUnits: { AccessToken: 'minutes' },
      },
      pool,
    );
    expect(client).toMatchObject({
      idTokenSeconds: 7200,
      accessTokenSeconds: 1800,
      refreshTokenSeconds: 7 * 86_400,
    });
  });

  it.each([
    ['a secret', { GenerateSecret: true }],
    ['client credentials', { AllowedOAuthFlows: ['client_credentials'] }],
    ['a legacy auth flow', { ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH'] }],
    ['another identity provider', { SupportedIdentityProviders: ['Google'] }],
    // RefreshTokenRotation is emulated since issue 15.
    ['a member it does not emulate', { EnablePropagateAdditionalUserContextData: true }],
    [
      'rotation beside ALLOW_REFRESH_TOKEN_AUTH',
      {
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
        RefreshTokenRotation: { Feature: 'ENABLED' },
      },
    ],
    ['a write of a verification flag', { WriteAttributes: ['email_verified'] }],
    ['a read of an attribute not in the schema', { ReadAttributes: ['custom:nope'] }],
    ['attributes that are not a list', { ReadAttributes: 'email' as unknown as string[] }],
    ['a zero lifetime', { IdTokenValidity: 0 }],
  ] as [string, Partial<AppClientRequest>][])('refuses %s', (_what, over) => {
    expect(() => appClientFromRequest({ ...base, ...over }, pool)).toThrow(
      expect.objectContaining({ type: 'InvalidParameterException' }),
    );
  });
});

describe('the appClients emulator option', () => {
  const build = (appClients: AppClientRequest[]) =>
    buildPoolConfig(resolveOptions({ dataDir: null, appClients }), 'http://127.0.0.1:9229', 0);

  it("adds clients after the product's, which stays first", () => {
    const config = build([base]);
    expect(config.clients.map((c) => c.clientName)).toEqual(['spa', 'test']);
  });

  it('stops start-up with every bad client listed', () => {
    const call = () =>
      build([
        { ...base, GenerateSecret: true },
        { ...base, ClientId: 'localclient0spa0emulator01' },
      ]);
    expect(call).toThrow(InvalidEmulatorOptionsError);
    expect(call).toThrow(
      /appClients\[0\]: Client secrets are not emulated for clients given as options[\s\S]*appClients\[1\]: ClientId .* is taken/,
    );
  });
});
