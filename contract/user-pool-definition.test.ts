import { describe, expect, it } from 'vitest';
import { defaultScopes } from './runtime-config';
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
});
