import { describe, expect, it } from 'vitest';
import { ConfigError } from '../contract/config-error';
import { configProblemsOf } from '../contract/config-problems-of';
import { loadConfig } from './config';

const env = {
  TABLE_NAME: 'transactions',
  EXPECTED_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123',
  EXPECTED_CLIENT_ID: '4hpg5n34kduiedr7taqipdo77h',
  ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173',
};

const problemsOf = (values: Record<string, string | undefined>): readonly string[] =>
  configProblemsOf(() => loadConfig(values)).map((problem) => problem.message);

describe('loadConfig', () => {
  it('reads a valid environment', () => {
    expect(loadConfig({ ...env, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' })).toEqual({
      tableName: 'transactions',
      expectedIssuer: env.EXPECTED_ISSUER,
      expectedClientId: env.EXPECTED_CLIENT_ID,
      allowedOrigins: ['https://app.example.com', 'http://localhost:5173'],
      dynamoDbEndpoint: 'http://127.0.0.1:8000',
      apiAuth: 'cognito',
      apiToken: 'id',
    });
  });

  it('reads API_TOKEN (unset or empty: id)', () => {
    expect(loadConfig({ ...env, API_TOKEN: 'access' }).apiToken).toBe('access');
    expect(loadConfig({ ...env, API_TOKEN: '' }).apiToken).toBe('id');
    expect(loadConfig({ ...env, API_AUTH: 'cognito', API_TOKEN: 'access' }).apiToken).toBe(
      'access',
    );
  });

  it('reads API_AUTH (unset or empty: cognito)', () => {
    expect(loadConfig({ ...env, API_AUTH: 'lambda' }).apiAuth).toBe('lambda');
    expect(loadConfig({ ...env, API_AUTH: '' }).apiAuth).toBe('cognito');
  });

  it('lists every missing variable at once', () => {
    expect(problemsOf({})).toEqual([
      'TABLE_NAME is required.',
      'EXPECTED_ISSUER is required.',
      'EXPECTED_CLIENT_ID is required.',
      'ALLOWED_ORIGINS is required.',
    ]);
  });

  it.each([
    ['a table name with spaces', { TABLE_NAME: 'my table' }, /TABLE_NAME/],
    ['a plain-http issuer', { EXPECTED_ISSUER: 'http://issuer.example.com/pool' }, /ISSUER/],
    ['an issuer with a trailing slash', { EXPECTED_ISSUER: `${env.EXPECTED_ISSUER}/` }, /ISSUER/],
    ['a client id with a slash', { EXPECTED_CLIENT_ID: 'abc/def' }, /CLIENT_ID/],
    ['a wildcard origin', { ALLOWED_ORIGINS: '*' }, /"\*"/],
    ['an origin with a path', { ALLOWED_ORIGINS: 'https://app.example.com/app' }, /origin/],
    ['a non-URL endpoint', { DYNAMODB_ENDPOINT: 'localhost:8000' }, /DYNAMODB_ENDPOINT/],
    ['an unknown API_AUTH', { API_AUTH: 'LAMBDA' }, /API_AUTH/],
    ['a hostile API_AUTH', { API_AUTH: '<script>'.repeat(100) }, /API_AUTH/],
    ['an unknown API_TOKEN', { API_TOKEN: 'refresh' }, /API_TOKEN must be one of id, access/],
    ['an upper-case API_TOKEN', { API_TOKEN: 'ACCESS' }, /API_TOKEN must be one of id, access/],
    ['an oversized API_TOKEN', { API_TOKEN: 'a'.repeat(5000) }, /\(got "a{40}"\)/],
    [
      'access tokens with the IAM mode',
      { API_AUTH: 'iam', API_TOKEN: 'access' },
      /API_TOKEN access needs API_AUTH cognito/,
    ],
    [
      'access tokens with the Lambda authorizer',
      { API_AUTH: 'lambda', API_TOKEN: 'access' },
      /API_TOKEN access needs API_AUTH cognito \(the Lambda authorizer/,
    ],
  ])('refuses %s', (_label, override, message) => {
    const problems = problemsOf({ ...env, ...override });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['a blank table name', { TABLE_NAME: '   ' }, 'TABLE_NAME', /TABLE_NAME is required/],
    ['an oversized table name', { TABLE_NAME: 'x'.repeat(256) }, 'TABLE_NAME', /3–255/],
    ['a table name with a newline', { TABLE_NAME: 'tx\nINJECT' }, 'TABLE_NAME', /TABLE_NAME/],
    [
      'a javascript: issuer',
      { EXPECTED_ISSUER: 'javascript:alert(1)' },
      'EXPECTED_ISSUER',
      /https/,
    ],
    [
      'an issuer with a query',
      { EXPECTED_ISSUER: `${env.EXPECTED_ISSUER}?x=1` },
      'EXPECTED_ISSUER',
      /https/,
    ],
    [
      'an oversized client id',
      { EXPECTED_CLIENT_ID: 'a'.repeat(129) },
      'EXPECTED_CLIENT_ID',
      /app client id/,
    ],
    [
      'a blank origin list',
      { ALLOWED_ORIGINS: ' ' },
      'ALLOWED_ORIGINS',
      /ALLOWED_ORIGINS is required/,
    ],
    [
      'a second origin that is bad',
      { ALLOWED_ORIGINS: 'https://a.example, null' },
      'ALLOWED_ORIGINS[1]',
      /"null"/,
    ],
    [
      'a file: endpoint',
      { DYNAMODB_ENDPOINT: 'file:///etc/passwd' },
      'DYNAMODB_ENDPOINT',
      /http\(s\)/,
    ],
  ])('refuses %s, naming where', (_label, override, path, message) => {
    const problems = configProblemsOf(() => loadConfig({ ...env, ...override }));
    expect(problems).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('lists several wrong values at once, each with its path', () => {
    const error = (() => {
      try {
        loadConfig({ ...env, TABLE_NAME: 'a b', ALLOWED_ORIGINS: '*', DYNAMODB_ENDPOINT: 'x' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((problem) => problem.path)).toEqual([
      'TABLE_NAME',
      'ALLOWED_ORIGINS[0]',
      'DYNAMODB_ENDPOINT',
    ]);
    expect((error as ConfigError).message).toMatch(/^Invalid API configuration:\n- TABLE_NAME/);
  });

  it('allows a plain-http issuer on loopback (the emulator)', () => {
    expect(problemsOf({ ...env, EXPECTED_ISSUER: 'http://127.0.0.1:9229/local_pool' })).toEqual([]);
  });

  it('says everything in the thrown message', () => {
    expect(() => loadConfig({})).toThrow(/TABLE_NAME is required[\s\S]*ALLOWED_ORIGINS/);
  });
});
