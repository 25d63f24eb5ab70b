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

  it('keeps refresh (the SPA renews only through the refresh token)', () => {
    expect(userPoolDefinition.client.explicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
  });
});
