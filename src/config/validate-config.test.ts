import { describe, expect, it } from 'vitest';
import { buildConfig, testOrigin } from '../test/builders';
import { runtimeConfigKeys } from '../../contract/runtime-config';
import { providerNameProblem } from '../../contract/identity-provider-name';
import { isProviderName, validateRuntimeConfig } from './validate-config';

const app = { origin: testOrigin, basePath: '/' };
const iamKeys = {
  identityPoolId: 'local:5f0c6a9e-3b1d-4e2a-9c7f-1a2b3c4d5e6f',
  identityEndpoint: 'http://127.0.0.1:9229',
};

describe('validateRuntimeConfig', () => {
  it('accepts a complete config', () => {
    expect(validateRuntimeConfig(buildConfig(), app)).toEqual({ ok: true, config: buildConfig() });
  });

  it('fills apiAuthHeader, scopes, apiAuth and apiToken with their defaults when absent', () => {
    const partial: Record<string, unknown> = { ...buildConfig() };
    for (const key of ['apiAuthHeader', 'scopes', 'apiAuth', 'apiToken']) delete partial[key];
    const result = validateRuntimeConfig(partial, app);
    expect(result.ok && result.config.apiAuthHeader).toBe('Authorization');
    expect(result.ok && result.config.scopes).toBe(
      'openid email profile aws.cognito.signin.user.admin transactions/read transactions/write',
    );
    expect(result.ok && result.config.apiAuth).toBe('cognito');
    expect(result.ok && result.config.apiToken).toBe('id');
  });

  it.each([
    ['apiAuth', 'iam'],
    ['apiAuth', 'lambda'],
    ['apiToken', 'access'],
  ])('reads %s "%s"', (key, value) => {
    const result = validateRuntimeConfig({ ...buildConfig(), ...iamKeys, [key]: value }, app);
    expect(result.ok && result.config[key as 'apiAuth' | 'apiToken']).toBe(value);
  });

  it.each([
    ['region', undefined, 'nothing (the key is missing)'],
    ['region', 42, 'a number'],
    ['region', 'Mars', '"Mars"'],
    ['userPoolId', '', 'an empty string'],
    ['userPoolId', 'no-underscore', '"no-underscore"'],
    ['clientId', 'has space', '"has space"'],
    ['clientId', null, 'null'],
    ['authority', 'not a url', '"not a url"'],
    ['authority', 'http://cognito.example.com/pool', '"http://cognito.example.com/pool"'],
    ['domain', 'javascript:alert(1)', '"javascript:alert(1)"'],
    ['domain', ['https://x'], 'a list'],
    ['redirectUri', 'https://evil.example/callback', '"https://evil.example/callback"'],
    ['redirectUri', `${testOrigin}/other`, `"${testOrigin}/other"`],
    ['redirectUri', `${testOrigin}/callback?x=1`, `"${testOrigin}/callback?x=1"`],
    ['logoutUri', `${testOrigin}/callback`, `"${testOrigin}/callback"`],
    ['apiUrl', 'ftp://api.example.com', '"ftp://api.example.com"'],
    ['apiAuthHeader', 'Bad Header', '"Bad Header"'],
    ['scopes', 'email profile', '"email profile"'],
    ['scopes', 'openid "quoted"', '"openid \\"quoted\\""'],
    ['apiAuth', 'IAM', '"IAM"'],
    ['apiAuth', 'none', '"none"'],
    ['apiAuth', 7, 'a number'],
    ['apiToken', 'refresh', '"refresh"'],
    ['apiAuth', 'IAM', '"IAM"'],
    ['apiAuth', 'none', '"none"'],
    ['apiAuth', 7, 'a number'],
    ['apiToken', 'refresh', '"refresh"'],
  ])('names %s when it is %j', (key, value, found) => {
    const result = validateRuntimeConfig({ ...buildConfig(), [key]: value }, app);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ key, found, expected: expect.any(String) }),
    ]);
  });

  it.each(['iam', 'lambda'])('refuses apiToken access beside apiAuth %s', (apiAuth) => {
    const result = validateRuntimeConfig(
      { ...buildConfig(), ...iamKeys, apiAuth, apiToken: 'access' },
      app,
    );
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({
        key: 'apiToken',
        expected: 'id unless apiAuth is cognito',
        found: `"access" with apiAuth "${apiAuth}"`,
      }),
    ]);
  });

  it('lists every bad key at once', () => {
    const result = validateRuntimeConfig({ region: 'local' }, app);
    // Every key but the one given and the four with defaults, in order.
    const required = runtimeConfigKeys.filter(
      (key) => !['region', 'apiAuthHeader', 'scopes', 'apiAuth', 'apiToken'].includes(key),
    );
    expect(required).toHaveLength(7);
    expect(!result.ok && result.problems.map((p) => p.key)).toEqual(required);
  });

  it('reports problems in the shape every config edge uses: path and message', () => {
    const result = validateRuntimeConfig({ ...buildConfig(), region: 'Mars', clientId: 7 }, app);
    expect(!result.ok && result.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'region',
        message: 'region: expected "local" or an AWS region such as eu-west-1, found "Mars"',
      },
      { path: 'clientId', message: 'clientId: expected a non-empty string, found a number' },
    ]);
  });

  it.each([[null], ['text'], [[1, 2]], [7]])('refuses a file that is not an object (%j)', (raw) => {
    const result = validateRuntimeConfig(raw, app);
    expect(!result.ok && result.problems[0]?.key).toBe('config.json');
  });

  it('truncates oversized values in the report', () => {
    const result = validateRuntimeConfig({ ...buildConfig(), region: 'x'.repeat(5000) }, app);
    expect(!result.ok && result.problems[0]?.found.length).toBeLessThan(80);
  });

  it('expects the callback under the base path', () => {
    const result = validateRuntimeConfig(buildConfig(), { origin: testOrigin, basePath: '/app/' });
    expect(!result.ok && result.problems.map((p) => [p.key, p.expected])).toEqual([
      ['redirectUri', `the URL ${testOrigin}/app/callback`],
      ['logoutUri', `the URL ${testOrigin}/app/signed-out`],
    ]);
  });

  it('accepts https anywhere and http only on loopback', () => {
    const config = buildConfig({
      authority: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab',
    });
    expect(validateRuntimeConfig(config, app).ok).toBe(true);
  });

  describe('the identity pool keys (apiAuth iam)', () => {
    const iamConfig = (overrides: Record<string, unknown> = {}) => ({
      ...buildConfig({ apiAuth: 'iam' }),
      ...iamKeys,
      ...overrides,
    });

    it('requires and keeps them in iam mode', () => {
      const result = validateRuntimeConfig(iamConfig(), app);
      expect(result).toEqual({ ok: true, config: iamConfig() });
    });

    it('accepts an AWS pool id and the regional endpoint', () => {
      const aws = {
        identityPoolId: 'eu-west-1:79eafc1d-bfed-c52b-54c7-6597de703dfe',
        identityEndpoint: 'https://cognito-identity.eu-west-1.amazonaws.com',
      };
      const result = validateRuntimeConfig(iamConfig(aws), app);
      expect(result.ok && result.config).toMatchObject(aws);
    });

    it('names both when both are missing', () => {
      const result = validateRuntimeConfig(
        iamConfig({ identityPoolId: undefined, identityEndpoint: undefined }),
        app,
      );
      expect(!result.ok && result.problems.map((p) => [p.key, p.found])).toEqual([
        ['identityPoolId', 'nothing (the key is missing)'],
        ['identityEndpoint', 'nothing (the key is missing)'],
      ]);
    });

    it.each([
      ['identityPoolId', '', 'an empty string'],
      ['identityPoolId', 42, 'a number'],
      ['identityPoolId', 'eu-west-1_AbC123', '"eu-west-1_AbC123"'],
      ['identityPoolId', 'eu-west-1:not-a-uuid', '"eu-west-1:not-a-uuid"'],
      ['identityPoolId', 'EU-WEST-1:5F0C6A9E-3B1D-4E2A-9C7F-1A2B3C4D5E6F', expect.any(String)],
      ['identityPoolId', `local:${'a'.repeat(3000)}`, expect.stringContaining('…')],
      ['identityPoolId', '<script>:5f0c6a9e-3b1d-4e2a-9c7f-1a2b3c4d5e6f', expect.any(String)],
      ['identityEndpoint', 'http://cognito-identity.eu-west-1.amazonaws.com', expect.any(String)],
      ['identityEndpoint', 'javascript:alert(1)', '"javascript:alert(1)"'],
      ['identityEndpoint', 'not a url', '"not a url"'],
      ['identityEndpoint', 'https://cognito-identity.example.com/?x=1', expect.any(String)],
      ['identityEndpoint', 'https://user:pw@cognito-identity.example.com', expect.any(String)],
      ['identityEndpoint', ['https://x'], 'a list'],
      ['identityEndpoint', `https://${'a'.repeat(3000)}.com`, expect.stringContaining('…')],
    ])('names %s when it is %j', (key, value, found) => {
      const result = validateRuntimeConfig(iamConfig({ [key]: value }), app);
      expect(!result.ok && result.problems).toEqual([
        expect.objectContaining({ key, found, expected: expect.any(String) }),
      ]);
    });

    it.each(['cognito', 'lambda'])('ignores them, even when wrong, in %s mode', (mode) => {
      const raw = { ...buildConfig(), apiAuth: mode, identityPoolId: 7, identityEndpoint: 'x' };
      const result = validateRuntimeConfig(raw, app);
      expect(result.ok && result.config).toEqual(buildConfig({ apiAuth: mode as 'cognito' }));
    });

    it('leaves them unchecked when apiAuth itself is wrong', () => {
      const result = validateRuntimeConfig({ ...buildConfig(), apiAuth: 'IAM' }, app);
      expect(!result.ok && result.problems.map((p) => p.key)).toEqual(['apiAuth']);
    });
  });

  describe('identityProviders (the "Continue with …" buttons)', () => {
    const withProviders = (identityProviders: unknown) => ({ ...buildConfig(), identityProviders });

    it.each([
      [['Google'], ['Google']],
      [
        ['Google', 'Okta', 'My-IdP.1'],
        ['Google', 'Okta', 'My-IdP.1'],
      ],
      [[], []],
      ['Google,Okta', ['Google', 'Okta']],
    ])('reads %j as %j', (value, expected) => {
      const result = validateRuntimeConfig(withProviders(value), app);
      expect(result.ok && result.config.identityProviders).toEqual(expected);
    });

    it.each([
      'Google',
      'G',
      'x'.repeat(32),
      'x'.repeat(33),
      'Entra ID',
      '_Google',
      'Google_',
      'COGNITO',
      'Cognito',
      ' Google',
      'a\nb',
      'a\u0000b',
      '\u00a0x',
      '<script>',
      'Ünïcødé',
      '💳',
      '',
    ])('judges the provider name %j as contract/identity-provider-name.ts does', (name) => {
      expect(isProviderName(name)).toBe(providerNameProblem(name) === undefined);
    });

    it('leaves the key out when config.json has none', () => {
      const result = validateRuntimeConfig(buildConfig(), app);
      expect(result.ok && result.config).not.toHaveProperty('identityProviders');
    });

    it.each([
      ['a name with a space', ['Entra ID'], 'a list'],
      ['COGNITO, the pool itself', ['COGNITO'], 'a list'],
      ['a leading underscore', ['_Google'], 'a list'],
      ['an empty name', [''], 'a list'],
      ['an empty string', '', 'a list'],
      ['a number', 7, 'a number'],
      ['an object', { Google: true }, 'a object'],
      ['null', null, 'null'],
      ['a name that is not a string', [42], 'a list'],
      ['the same name twice', ['Google', 'Google'], 'a list'],
      ['more than five', ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'], 'a list'],
      ['an oversized name', ['x'.repeat(5000)], 'a list'],
      ['markup', ['<img src=x onerror=alert(1)>'], 'a list'],
      ['a control character', ['Goo\u0000gle'], 'a list'],
    ])('refuses %s', (_what, value, found) => {
      const result = validateRuntimeConfig(withProviders(value), app);
      expect(!result.ok && result.problems).toEqual([
        expect.objectContaining({
          key: 'identityProviders',
          expected: 'up to 5 distinct provider names such as ["Google"]',
          found,
        }),
      ]);
    });
  });
});
