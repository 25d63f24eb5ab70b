import { describe, expect, it } from 'vitest';
import { defaultScopes } from './runtime-config';
import { providerNameProblem } from './identity-provider-name';
import { userPoolDefinition } from './user-pool-definition';

describe('userPoolDefinition', () => {
  it('lets the SPA ask for every scope it asks for', () => {
    for (const scope of defaultScopes.split(' '))
      expect(userPoolDefinition.client.oauthScopes).toContain(scope);
  });

  it('allows the code grant only: no implicit grant, no client credentials', () => {
    expect(userPoolDefinition.client.oauthFlows).toEqual(['code']);
  });

  it('keeps refresh through rotating refresh tokens (the SPA renews only that way)', () => {
    // Issue 15: rotation replaces REFRESH_TOKEN_AUTH, which Cognito refuses beside it.
    expect(userPoolDefinition.client.refreshTokenRotation).toEqual({ retryGracePeriodSeconds: 10 });
    expect(userPoolDefinition.client.explicitAuthFlows).not.toContain('ALLOW_REFRESH_TOKEN_AUTH');
  });

  it('allows COGNITO and every listed identity provider, each with a valid name and openid', () => {
    const names = userPoolDefinition.identityProviders.map((p) => p.name);
    expect(userPoolDefinition.client.supportedIdentityProviders).toEqual(['COGNITO', ...names]);
    for (const provider of userPoolDefinition.identityProviders) {
      expect(providerNameProblem(provider.name)).toBeUndefined();
      expect(provider.scopes).toContain('openid');
      expect(provider.attributeMapping.username).toBe('sub');
    }
  });
});

describe('providerNameProblem', () => {
  it.each(['Google', 'G', 'My-IdP.1', 'Entra-ID', 'x'.repeat(32)])('accepts %j', (name) => {
    expect(providerNameProblem(name)).toBeUndefined();
  });

  it.each([
    '',
    'x'.repeat(33),
    '_Google',
    'Google_',
    ' Google',
    'Google ',
    'Entra ID',
    'COGNITO',
    'a\nb',
  ])('refuses %j', (name) => {
    expect(providerNameProblem(name)).toBeDefined();
  });
});
