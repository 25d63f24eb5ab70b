import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const env = {
  TABLE_NAME: 'transactions',
  EXPECTED_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123',
  EXPECTED_CLIENT_ID: '4hpg5n34kduiedr7taqipdo77h',
  ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173',
};

function problemsOf(values: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(values);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('reads a valid environment', () => {
    expect(loadConfig({ ...env, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' })).toEqual({
      tableName: 'transactions',
      expectedIssuer: env.EXPECTED_ISSUER,
      expectedClientId: env.EXPECTED_CLIENT_ID,
      allowedOrigins: ['https://app.example.com', 'http://localhost:5173'],
      dynamoDbEndpoint: 'http://127.0.0.1:8000',
    });
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
  ])('refuses %s', (_label, override, message) => {
    const problems = problemsOf({ ...env, ...override });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('allows a plain-http issuer on loopback (the emulator)', () => {
    expect(problemsOf({ ...env, EXPECTED_ISSUER: 'http://127.0.0.1:9229/local_pool' })).toEqual([]);
  });

  it('says everything in the thrown message', () => {
    expect(() => loadConfig({})).toThrow(/TABLE_NAME is required[\s\S]*ALLOWED_ORIGINS/);
  });
});
