import { describe, expect, it } from 'vitest';
import { configProblemsOf } from '../../contract/config-problems-of';
import { readStageConfig, StageConfigError } from '../lib/stage-config';

const reader =
  (context: Record<string, unknown>) =>
  (key: string): unknown =>
    context[key];

const problemsOf = (context: Record<string, unknown>): readonly string[] =>
  configProblemsOf(() => readStageConfig(reader(context))).map((problem) => problem.message);

/** Every setting as an empty context gives it. */
const devDefaults = {
  stage: 'dev',
  domainPrefix: 'transactions-dev',
  allowLocalhost: true,
  apiAuthHeader: 'Authorization',
  apiAuth: 'cognito',
  apiToken: 'id',
  authorizerCacheSeconds: 300,
  signUpAllowedDomains: '',
  signUpAutoConfirmDomains: '',
  mfaEmailFrom: null,
  identityProvider: null,
};

describe('readStageConfig', () => {
  it('defaults to dev with localhost allowed and the Authorization header', () => {
    expect(readStageConfig(reader({}))).toEqual(devDefaults);
  });

  it('reads prod without localhost', () => {
    expect(readStageConfig(reader({ stage: 'prod', domainPrefix: 'acme-tx' }))).toEqual({
      ...devDefaults,
      stage: 'prod',
      domainPrefix: 'acme-tx',
      allowLocalhost: false,
    });
  });

  it('reads the SES sender that turns on email MFA', () => {
    expect(readStageConfig(reader({ mfaEmailFrom: 'no-reply@mail.example.com' }))).toMatchObject({
      mfaEmailFrom: 'no-reply@mail.example.com',
    });
  });

  it('reads the sign-up domain lists, trimmed and lower-cased, for PreSignUp', () => {
    expect(
      readStageConfig(
        reader({
          signUpAllowedDomains: ' Example.com, corp.example',
          signUpAutoConfirmDomains: 'corp.example',
        }),
      ),
    ).toMatchObject({
      signUpAllowedDomains: 'example.com,corp.example',
      signUpAutoConfirmDomains: 'corp.example',
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    [true, true],
    [false, false],
  ])('reads allowLocalhost=%s in dev', (value, expected) => {
    expect(readStageConfig(reader({ allowLocalhost: value })).allowLocalhost).toBe(expected);
  });

  it.each([
    [{ stage: 'staging' }, /stage: must be one of dev, prod/],
    [{ stage: 'x'.repeat(500) }, /stage: longer than 200/],
    [{ stage: 3 }, /stage: expected a string/],
    [{ domainPrefix: 'My_Prefix' }, /domainPrefix: 1-63 lowercase/],
    [{ domainPrefix: '-leading' }, /domainPrefix: 1-63 lowercase/],
    [{ domainPrefix: 'a'.repeat(64) }, /domainPrefix: 1-63 lowercase/],
    [{ domainPrefix: 'my-cognito-app' }, /domainPrefix: Cognito refuses/],
    [{ domainPrefix: '<script>' }, /domainPrefix: 1-63 lowercase/],
    [{ allowLocalhost: 'yes' }, /allowLocalhost: must be true or false/],
    [{ stage: 'prod', allowLocalhost: 'true' }, /production never trusts localhost/],
    [{ apiAuthHeader: 'Bad Header' }, /apiAuthHeader: a header name/],
    [{ apiAuthHeader: 'x\r\nInjected: 1' }, /apiAuthHeader: a header name/],
    [{ apiAuthorization: 'cognito' }, /apiAuthorization must be one of COGNITO, IAM, LAMBDA/],
    [{ apiAuthorization: 'OAUTH' }, /apiAuthorization must be one of COGNITO, IAM, LAMBDA/],
    [{ apiToken: 'refresh' }, /apiToken must be one of id, access \(got "refresh"\)/],
    [{ apiToken: 'ACCESS' }, /apiToken must be one of id, access/],
    [{ apiToken: 'a'.repeat(500) }, /apiToken: longer than 200/],
    [
      { apiAuthorization: 'IAM', apiToken: 'access' },
      /apiToken access needs apiAuthorization COGNITO \(iam signs requests/,
    ],
    [
      { apiAuthorization: 'LAMBDA', apiToken: 'access' },
      /apiToken access needs apiAuthorization COGNITO \(the Lambda authorizer/,
    ],
    [
      { authorizerCacheSeconds: '3601' },
      /authorizerCacheSeconds: a whole number of seconds 0-3600/,
    ],
    [{ authorizerCacheSeconds: -1 }, /authorizerCacheSeconds: a whole number/],
    [{ authorizerCacheSeconds: '1.5' }, /authorizerCacheSeconds: a whole number/],
    [{ authorizerCacheSeconds: '5m' }, /authorizerCacheSeconds: a whole number/],
    [{ authorizerCacheSeconds: '00300000' }, /authorizerCacheSeconds: a whole number/],
    [{ authorizerCacheSeconds: 'x'.repeat(500) }, /authorizerCacheSeconds: longer than 200/],
    [{ authorizerCacheSeconds: Number.NaN }, /authorizerCacheSeconds: expected a string/],
    [{ authorizerCacheSeconds: true }, /authorizerCacheSeconds: a whole number/],
    [{ signUpAllowedDomains: 'ada@example.com' }, /signUpAllowedDomains: a comma list of domains/],
    [{ signUpAllowedDomains: 'x'.repeat(201) }, /signUpAllowedDomains: longer than 200/],
    [{ signUpAutoConfirmDomains: '*.example.com' }, /signUpAutoConfirmDomains: a comma list/],
    [{ signUpAutoConfirmDomains: 'a.com,<b>.com' }, /"<b>.com" is not one/],
    [{ signUpAutoConfirmDomains: ['a.com'] }, /signUpAutoConfirmDomains: expected a string/],
    [{ mfaEmailFrom: 'no-reply' }, /mfaEmailFrom: one email address like no-reply@example.com/],
    [{ mfaEmailFrom: 'Ledger <no-reply@example.com>' }, /mfaEmailFrom: one email address/],
    [{ mfaEmailFrom: 'a@example.com,b@example.com' }, /mfaEmailFrom: one email address/],
    [{ mfaEmailFrom: 'a@example.com\r\nBcc: x@evil.test' }, /mfaEmailFrom: one email address/],
    [{ mfaEmailFrom: 'a@Example.COM' }, /mfaEmailFrom: one email address/],
    [{ mfaEmailFrom: `${'a'.repeat(190)}@example.com` }, /mfaEmailFrom: longer than 200/],
    [{ mfaEmailFrom: 7 }, /mfaEmailFrom: expected a string/],
  ] as [Record<string, unknown>, RegExp][])('refuses %j', (context, message) => {
    expect(problemsOf(context).join('\n')).toMatch(message);
  });

  it('lists every problem at once, with a stable code', () => {
    const error = (() => {
      try {
        readStageConfig(reader({ stage: 'qa', domainPrefix: 'UP', apiAuthHeader: ' ' }));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StageConfigError);
    expect((error as StageConfigError).code).toBe('INVALID_STAGE_CONFIG');
    expect((error as StageConfigError).problems).toHaveLength(3);
  });

  it.each([
    ['COGNITO', 'id', { apiAuth: 'cognito', apiToken: 'id' }],
    ['COGNITO', 'access', { apiAuth: 'cognito', apiToken: 'access' }],
    ['IAM', 'id', { apiAuth: 'iam', apiToken: 'id' }],
    [undefined, 'access', { apiAuth: 'cognito', apiToken: 'access' }],
    ['LAMBDA', 'id', { apiAuth: 'lambda', apiToken: 'id' }],
  ])('reads apiAuthorization=%s and apiToken=%s', (apiAuthorization, apiToken, expected) => {
    expect(readStageConfig(reader({ apiAuthorization, apiToken }))).toMatchObject(expected);
  });

  it.each([
    ['0', 0],
    ['3600', 3600],
    [60, 60],
    [undefined, 300],
  ])('reads authorizerCacheSeconds=%j as %i', (value, expected) => {
    expect(readStageConfig(reader({ authorizerCacheSeconds: value })).authorizerCacheSeconds).toBe(
      expected,
    );
  });

  it.each([[null], [''], [undefined]])('takes %j as "use the default"', (value) => {
    expect(readStageConfig(reader({ stage: value, apiAuthHeader: value }))).toMatchObject({
      stage: 'dev',
      apiAuthHeader: 'Authorization',
      apiAuth: 'cognito',
      apiToken: 'id',
    });
  });

  it.each([
    [{ domainPrefix: ['a'] }, /domainPrefix: expected a string, got object/],
    [{ allowLocalhost: 1 }, /allowLocalhost: expected a string, got number/],
    [{ allowLocalhost: 'x'.repeat(201) }, /allowLocalhost: longer than 200/],
  ] as [Record<string, unknown>, RegExp][])('refuses the hostile value %j', (context, message) => {
    expect(problemsOf(context)).toEqual([expect.stringMatching(message)]);
  });

  it('lists the production-localhost clash together with the other problems, each with a path', () => {
    const problems = configProblemsOf(() =>
      readStageConfig(
        reader({ stage: 'prod', allowLocalhost: 'true', domainPrefix: 'UP', apiAuthHeader: 3 }),
      ),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'domainPrefix',
      'apiAuthHeader',
      'allowLocalhost',
    ]);
  });
});
