import { Match } from 'aws-cdk-lib/assertions';
import { defaultScopes } from '../../contract/runtime-config';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, onlyResource } from './build-stack';

describe('user pool, hosted UI domain and app client', () => {
  let dev: BuiltStack;
  let prod: BuiltStack;
  beforeAll(() => {
    dev = buildStack({ siteDir: null });
    prod = buildStack({ stage: 'prod', siteDir: null });
  });

  it('signs in with email, lets people sign up and verifies email by code', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      VerificationMessageTemplate: Match.objectLike({ DefaultEmailOption: 'CONFIRM_WITH_CODE' }),
      UsernameConfiguration: { CaseSensitive: false },
    });
  });

  it('enforces the emulator password policy (8+, upper, lower, digit, symbol)', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
    });
  });

  it('recovers accounts by email only', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AccountRecoverySetting: {
        RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
      },
    });
  });

  it('creates the Cognito domain from the domainPrefix context with the classic hosted UI', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'transactions-dev-test',
      ManagedLoginVersion: 1,
    });
  });

  it('has one public client: no secret, code grant only, openid email profile and the self-service scope', () => {
    const client = onlyResource(dev.template, 'AWS::Cognito::UserPoolClient');
    expect(client['GenerateSecret']).toBe(false);
    expect(client['AllowedOAuthFlows']).toEqual(['code']);
    expect(client['AllowedOAuthFlowsUserPoolClient']).toBe(true);
    // What the SPA asks for (defaultScopes), in that order, custom scopes as plain strings.
    expect(client['AllowedOAuthScopes']).toEqual(defaultScopes.split(' '));
    expect(client['SupportedIdentityProviders']).toEqual(['COGNITO']);
  });

  it('matches the emulator token lifetimes and revokes tokens', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it.each([
    // No ALLOW_REFRESH_TOKEN_AUTH: the client rotates refresh tokens (issue 15).
    ['dev', ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']],
    ['prod', ['ALLOW_USER_SRP_AUTH']],
  ] as const)('allows the %s auth flows', (stage, flows) => {
    const client = onlyResource(
      (stage === 'dev' ? dev : prod).template,
      'AWS::Cognito::UserPoolClient',
    );
    expect([...(client['ExplicitAuthFlows'] as string[])].sort()).toEqual([...flows].sort());
  });

  it.each(['dev', 'prod'] as const)(
    'rotates refresh tokens with a 10 s retry grace period in %s',
    (stage) => {
      const client = onlyResource(
        (stage === 'dev' ? dev : prod).template,
        'AWS::Cognito::UserPoolClient',
      );
      expect(client['RefreshTokenRotation']).toEqual({
        Feature: 'ENABLED',
        RetryGracePeriodSeconds: 10,
      });
    },
  );

  it('has the custom attribute default_currency: a mutable 3-character string', () => {
    const pool = onlyResource(dev.template, 'AWS::Cognito::UserPool');
    expect(pool['Schema']).toContainEqual({
      Name: 'default_currency',
      AttributeDataType: 'String',
      Mutable: true,
      StringAttributeConstraints: { MinLength: '3', MaxLength: '3' },
    });
  });

  it('lets the client read and write custom:default_currency, never write a verified flag', () => {
    const client = onlyResource(dev.template, 'AWS::Cognito::UserPoolClient');
    const read = client['ReadAttributes'] as string[];
    const write = client['WriteAttributes'] as string[];
    expect(read).toEqual(
      expect.arrayContaining(['custom:default_currency', 'email', 'email_verified', 'name']),
    );
    expect(write).toEqual(expect.arrayContaining(['custom:default_currency', 'email', 'name']));
    expect(write).not.toContain('email_verified');
    expect(write).not.toContain('phone_number_verified');
  });

  it('has the resource server transactions with the read and write scopes', () => {
    const server = onlyResource(dev.template, 'AWS::Cognito::UserPoolResourceServer');
    expect(server['Identifier']).toBe('transactions');
    expect(server['Name']).toBe('Transactions API');
    expect(server['Scopes']).toEqual([
      { ScopeName: 'read', ScopeDescription: 'Read your transactions and totals' },
      { ScopeName: 'write', ScopeDescription: 'Add, change and delete your transactions' },
    ]);
  });

  it('builds callback and sign-out URLs from the site, plus localhost in dev', () => {
    const urls = (stack: BuiltStack, key: string): string[] =>
      (onlyResource(stack.template, 'AWS::Cognito::UserPoolClient')[key] as unknown[]).map(flatten);
    expect(urls(dev, 'CallbackURLs')).toEqual([
      expect.stringMatching(/^https:\/\/<SiteDistribution\w+\.DomainName>\/callback$/),
      'http://localhost:5173/callback',
    ]);
    expect(urls(dev, 'LogoutURLs')).toEqual([
      expect.stringMatching(/^https:\/\/<SiteDistribution\w+\.DomainName>\/signed-out$/),
      'http://localhost:5173/signed-out',
    ]);
    expect(urls(prod, 'CallbackURLs')).toEqual([
      expect.stringMatching(/^https:\/\/<SiteDistribution\w+\.DomainName>\/callback$/),
    ]);
    expect(urls(prod, 'LogoutURLs')).toEqual([
      expect.stringMatching(/^https:\/\/<SiteDistribution\w+\.DomainName>\/signed-out$/),
    ]);
  });
});
