import { describe, expect, it } from 'vitest';
import { AuthorizerConfigError, readAuthorizerConfig } from './authorizer-config';

const good = {
  TOKEN_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123',
  JWKS_URI: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123/.well-known/jwks.json',
  APP_CLIENT_ID: '49h4t5jtot5sodb9siij5ncrl4',
};

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    readAuthorizerConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthorizerConfigError);
    return (error as AuthorizerConfigError).problems.map((p) => p.message);
  }
  throw new Error('expected a problem');
};

describe('readAuthorizerConfig', () => {
  it('reads the pool, client and header (Authorization by default)', () => {
    expect(readAuthorizerConfig(good)).toEqual({
      issuer: good.TOKEN_ISSUER,
      jwksUri: good.JWKS_URI,
      clientId: good.APP_CLIENT_ID,
      tokenHeader: 'Authorization',
    });
    expect(readAuthorizerConfig({ ...good, TOKEN_HEADER: 'auth' }).tokenHeader).toBe('auth');
  });

  it('accepts the emulator issuer over plain http on loopback', () => {
    const local = 'http://127.0.0.1:9229/local_Test12345';
    expect(
      readAuthorizerConfig({
        ...good,
        TOKEN_ISSUER: local,
        JWKS_URI: `${local}/.well-known/jwks.json`,
      }).issuer,
    ).toBe(local);
  });

  it('lists every missing variable at once', () => {
    expect(problemsOf({})).toEqual([
      'TOKEN_ISSUER is required.',
      'JWKS_URI is required.',
      'APP_CLIENT_ID is required.',
    ]);
    expect(problemsOf({ ...good, TOKEN_ISSUER: '  ' })).toEqual(['TOKEN_ISSUER is required.']);
  });

  it.each([
    ['TOKEN_ISSUER', 'http://cognito.example.com/pool'],
    ['TOKEN_ISSUER', 'https://cognito.example.com/pool/'],
    ['TOKEN_ISSUER', 'javascript:alert(1)'],
    ['JWKS_URI', 'http://10.0.0.1/jwks.json'],
    ['JWKS_URI', 'https://example.com/jwks.json?x=1'],
    ['APP_CLIENT_ID', 'client id; drop'],
    ['APP_CLIENT_ID', 'a'.repeat(129)],
    ['TOKEN_HEADER', 'Auth: x'],
    ['TOKEN_HEADER', ''],
    ['TOKEN_HEADER', 'h'.repeat(65)],
  ])('refuses %s=%j with a message naming it', (name, value) => {
    const [problem, ...rest] = problemsOf({ ...good, [name]: value });
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^${name} must`));
  });
});
