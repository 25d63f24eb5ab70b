import { describe, expect, it } from 'vitest';
import { readBuildValues } from './build-values';

describe('readBuildValues', () => {
  it('reads the identity pool keys from their VITE_ names', () => {
    const values = readBuildValues({
      VITE_API_AUTH: 'iam',
      VITE_IDENTITY_POOL_ID: 'eu-west-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      VITE_IDENTITY_ENDPOINT: 'https://cognito-identity.eu-west-1.amazonaws.com',
    });
    expect(values).toMatchObject({
      apiAuth: 'iam',
      identityPoolId: 'eu-west-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      identityEndpoint: 'https://cognito-identity.eu-west-1.amazonaws.com',
    });
  });

  it('leaves out values that are not strings', () => {
    const values = readBuildValues({ VITE_IDENTITY_POOL_ID: 42, VITE_IDENTITY_ENDPOINT: true });
    expect(values['identityPoolId']).toBeUndefined();
    expect(values['identityEndpoint']).toBeUndefined();
  });

  it('reads the identity providers as the comma list validateRuntimeConfig splits', () => {
    expect(readBuildValues({ VITE_IDENTITY_PROVIDERS: 'Google,Okta' })['identityProviders']).toBe(
      'Google,Okta',
    );
  });
});
