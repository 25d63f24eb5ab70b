import { describe, expect, it } from 'vitest';
import { configProblemsOf } from '../contract/config-problems-of';
import type { EmulatorOptions } from './emulator-options';
import { InvalidEmulatorOptionsError, resolveOptions } from './emulator-options';

const problemsOf = (options: EmulatorOptions) => configProblemsOf(() => resolveOptions(options));

describe('resolveOptions', () => {
  it('accepts the defaults and the in-memory, ephemeral-port setup tests use', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ dataDir: null, cognitoPort: 0, api: { port: 0 } })).toEqual([]);
    expect(problemsOf({ api: false, apiUrl: 'https://api.example.com/prod' })).toEqual([]);
  });

  it('accepts the IAM mode and a short credential lifetime for tests', () => {
    expect(problemsOf({ apiAuth: 'iam', tokenLifetimes: { credentialsSeconds: 60 } })).toEqual([]);
    expect(resolveOptions({ apiAuth: 'iam' }).credentialsSeconds).toBe(3600);
  });

  it('accepts access tokens with the Cognito authorizer (scoped methods offline)', () => {
    expect(problemsOf({ apiToken: 'access' })).toEqual([]);
    expect(resolveOptions({ apiToken: 'access' }).apiToken).toBe('access');
    expect(problemsOf({ apiAuth: 'cognito', apiToken: 'access' })).toEqual([]);
  });

  it('accepts the Lambda authorizer mode, which runs offline', () => {
    expect(problemsOf({ apiAuth: 'lambda' })).toEqual([]);
    expect(resolveOptions({ apiAuth: 'lambda' }).apiAuth).toBe('lambda');
  });

  it.each([
    ['a host with a space', { host: 'local host' }, 'host', /host "local host" is not a host/],
    ['an oversized host', { host: 'h'.repeat(300) }, 'host', /is not a host name/],
    ['a negative port', { cognitoPort: -1 }, 'cognitoPort', /0-65535 \(got -1\)/],
    ['a port past 65535', { cognitoPort: 70_000 }, 'cognitoPort', /0-65535 \(got 70000\)/],
    ['a fractional port', { cognitoPort: 1.5 }, 'cognitoPort', /0-65535 \(got 1.5\)/],
    ['a NaN API port', { api: { port: Number.NaN } }, 'api.port', /api.port must be an integer/],
    ['a blank data folder', { dataDir: '  ' }, 'dataDir', /folder path or null/],
    ['no app origins', { appOrigins: [] }, 'appOrigins', /at least one origin/],
    ['an origin with a path', { appOrigins: ['http://x/y'] }, 'appOrigins[0]', /"http:\/\/x\/y"/],
    ['a wildcard origin', { appOrigins: ['*'] }, 'appOrigins[0]', /must be an origin/],
    ['a base path without slashes', { appBasePaths: ['app'] }, 'appBasePaths[0]', /"app"/],
    ['a base path with ..', { appBasePaths: ['/a b/'] }, 'appBasePaths[0]', /start and end/],
    ['an API URL that is not a URL', { apiUrl: 'nope' }, 'apiUrl', /"nope" is not a URL/],
    ['a javascript: API URL', { apiUrl: 'javascript:alert(1)' }, 'apiUrl', /http\(s\) URL/],
    ['a header name with CRLF', { apiAuthHeader: 'A\r\nB: c' }, 'apiAuthHeader', /header name/],
    ['an unknown API mode', { apiAuth: 'oauth' }, 'apiAuth', /one of cognito, iam, lambda/],
    ['an upper-case mode', { apiAuth: 'LAMBDA' }, 'apiAuth', /one of cognito, iam, lambda/],
    ['an unknown token type', { apiToken: 'jwt' }, 'apiToken', /one of id, access \(got "jwt"\)/],
    [
      'access tokens with the IAM mode',
      { apiAuth: 'iam', apiToken: 'access' },
      'apiToken',
      /apiToken access needs apiAuth cognito \(iam signs requests .* sends no token\)/,
    ],
    [
      'access tokens with the Lambda authorizer',
      { apiAuth: 'lambda', apiToken: 'access' },
      'apiToken',
      /apiToken access needs apiAuth cognito \(the Lambda authorizer verifies ID tokens only\)/,
    ],
    ['an oversized token type', { apiToken: 'a'.repeat(9000) }, 'apiToken', /\(got "a{40}"\)/],
    [
      'a zero ID token lifetime',
      { tokenLifetimes: { idTokenSeconds: 0 } },
      'tokenLifetimes.idTokenSeconds',
      /1-86400/,
    ],
    [
      'a zero credential lifetime',
      { tokenLifetimes: { credentialsSeconds: 0 } },
      'tokenLifetimes.credentialsSeconds',
      /1-43200/,
    ],
    [
      'credentials longer than an STS session',
      { tokenLifetimes: { credentialsSeconds: 43_201 } },
      'tokenLifetimes.credentialsSeconds',
      /1-43200/,
    ],
    [
      'a credential lifetime that is a string',
      { tokenLifetimes: { credentialsSeconds: '60' as unknown as number } },
      'tokenLifetimes.credentialsSeconds',
      /1-43200/,
    ],
    [
      'a refresh token lifetime past ten years',
      { tokenLifetimes: { refreshTokenSeconds: 3651 * 86_400 } },
      'tokenLifetimes.refreshTokenSeconds',
      /1-315360000/,
    ],
    [
      'a trigger environment name that is not a variable name',
      { triggerEnvironment: { 'bad name': 'x' } },
      'triggerEnvironment.bad name',
      /"bad name" must be an environment variable name/,
    ],
    [
      'an oversized trigger environment value',
      { triggerEnvironment: { SIGNUP_ALLOWED_DOMAINS: 'a'.repeat(5000) } },
      'triggerEnvironment.SIGNUP_ALLOWED_DOMAINS',
      /at most 4096 characters/,
    ],
    [
      'a non-string trigger environment value',
      { triggerEnvironment: { SIGNUP_ALLOWED_DOMAINS: 3 } as unknown as Record<string, string> },
      'triggerEnvironment.SIGNUP_ALLOWED_DOMAINS',
      /values must be strings/,
    ],
    [
      'an unknown trigger',
      { triggers: { PostAuthentication: './x.ts' } as Record<string, string> },
      'triggers.PostAuthentication',
      /must be one of PreSignUp, PostConfirmation, CustomMessage, PreTokenGeneration/,
    ],
    ['an empty trigger file', { triggers: { PreSignUp: ' ' } }, 'triggers.PreSignUp', /file paths/],
    [
      'an oversized trigger file path',
      { triggers: { PreSignUp: 'a'.repeat(2000) } },
      'triggers.PreSignUp',
      /1-1024 characters/,
    ],
    [
      'a trigger file path with a NUL',
      { triggers: { PreSignUp: 'a\0.ts' } },
      'triggers.PreSignUp',
      /file paths/,
    ],
    ['a zero trigger timeout', { triggerTimeoutMs: 0 }, 'triggerTimeoutMs', /1-5000/],
    [
      'a trigger timeout past 5 s',
      { triggerTimeoutMs: 5001 },
      'triggerTimeoutMs',
      /Cognito allows 5 s/,
    ],
    ['a fractional trigger timeout', { triggerTimeoutMs: 1.5 }, 'triggerTimeoutMs', /1-5000/],
    [
      'a test IdP switch that is not a boolean',
      { testIdp: 'yes' as unknown as boolean },
      'testIdp',
      /true or false/,
    ],
  ] as [string, EmulatorOptions, string, RegExp][])(
    'refuses %s',
    (_name, options, path, message) => {
      expect(problemsOf(options)).toEqual([{ path, message: expect.stringMatching(message) }]);
    },
  );

  it('never echoes a huge value whole', () => {
    const [problem] = problemsOf({ appOrigins: [`http://x/${'a'.repeat(5000)}`] });
    expect(problem?.message.length).toBeLessThan(200);
  });

  it('lists every problem at once, in one error', () => {
    const error = (() => {
      try {
        resolveOptions({ cognitoPort: -1, appOrigins: ['http://ok:1', '*'], apiUrl: 'nope' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidEmulatorOptionsError);
    expect((error as InvalidEmulatorOptionsError).code).toBe('InvalidEmulatorOptions');
    expect((error as InvalidEmulatorOptionsError).problems.map((p) => p.path)).toEqual([
      'cognitoPort',
      'appOrigins[1]',
      'apiUrl',
    ]);
    expect((error as Error).message).toMatch(/^Invalid emulator options:\n- cognitoPort/);
  });
});
