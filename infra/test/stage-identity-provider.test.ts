// The stage's external identity provider keys: none by default, Google or OIDC when named,
// and every wrong, missing, oversized or hostile value refused with a sentence that names it.
import { describe, expect, it } from 'vitest';
import { configProblemsOf } from '../../contract/config-problems-of';
import type { IdentityProviderDefinition } from '../../contract/user-pool-definition';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import { readStageConfig } from '../lib/stage-config';

// The definition's providers (Google) and an OIDC one, as a project would add it there.
const okta: IdentityProviderDefinition = {
  name: 'Okta',
  type: 'OIDC',
  scopes: ['openid', 'email'],
  attributeMapping: { username: 'sub', email: 'email' },
};
const listed = [...userPoolDefinition.identityProviders, okta];
const read = (context: Record<string, unknown>) => readStageConfig((key) => context[key], listed);
const problemsOf = (context: Record<string, unknown>): readonly string[] =>
  configProblemsOf(() => read(context)).map((problem) => problem.message);

const google = {
  identityProviderType: 'Google',
  identityProviderClientId: '1234-abc.apps.googleusercontent.com',
  identityProviderSecretName: 'transactions/dev/google-client-secret',
};
const oidc = {
  identityProviderType: 'OIDC',
  identityProviderName: 'Okta',
  identityProviderClientId: '0oa1b2c3d4',
  identityProviderSecretName:
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:transactions/okta-AbCdEf',
  identityProviderIssuer: 'https://acme.okta.com',
};

describe('readStageConfig: identity provider', () => {
  it('names none by default', () => {
    expect(read({}).identityProvider).toBeNull();
  });

  it('reads a Google provider, named Google', () => {
    expect(read(google).identityProvider).toEqual({
      type: 'Google',
      name: 'Google',
      clientId: '1234-abc.apps.googleusercontent.com',
      clientSecretName: 'transactions/dev/google-client-secret',
      issuer: null,
    });
    expect(read({ ...google, identityProviderName: 'Google' }).identityProvider?.name).toBe(
      'Google',
    );
  });

  it('reads an OIDC provider with its name and issuer', () => {
    expect(read(oidc).identityProvider).toEqual({
      type: 'OIDC',
      name: 'Okta',
      clientId: '0oa1b2c3d4',
      clientSecretName: oidc.identityProviderSecretName,
      issuer: 'https://acme.okta.com',
    });
  });

  it.each([
    [
      { ...google, identityProviderType: 'Facebook' },
      /identityProviderType: must be one of Google, OIDC \(got "Facebook"\)/,
    ],
    [
      { ...google, identityProviderType: 'google' },
      /identityProviderType: must be one of Google, OIDC/,
    ],
    [
      { ...google, identityProviderType: ['Google'] },
      /identityProviderType: expected a string, got object/,
    ],
    [
      { ...google, identityProviderSecretName: undefined },
      /identityProviderSecretName: required with identityProviderType Google: the Secrets Manager secret/,
    ],
    [
      { ...google, identityProviderClientId: '' },
      /identityProviderClientId: required with identityProviderType Google/,
    ],
    [
      { ...google, identityProviderName: 'Gmail' },
      /identityProviderName: Cognito names a Google provider Google \(got "Gmail"\)/,
    ],
    [
      { ...google, identityProviderIssuer: 'https://accounts.google.com' },
      /identityProviderIssuer: only for OIDC/,
    ],
    [
      { ...oidc, identityProviderName: undefined },
      /identityProviderName: required with identityProviderType OIDC/,
    ],
    [
      { ...oidc, identityProviderIssuer: null },
      /identityProviderIssuer: required with identityProviderType OIDC/,
    ],
    [{ ...oidc, identityProviderName: '_Okta' }, /identityProviderName: must be letters/],
    [{ ...oidc, identityProviderName: 'Acme Login' }, /identityProviderName: must be letters/],
    [{ ...oidc, identityProviderName: 'Okta\u0000' }, /identityProviderName: must be letters/],
    [{ ...oidc, identityProviderName: '<script>' }, /identityProviderName: .*"<script>"/],
    [{ ...oidc, identityProviderName: 'x'.repeat(33) }, /identityProviderName: must be 1-32/],
    [{ ...oidc, identityProviderName: 'COGNITO' }, /identityProviderName: COGNITO is the pool/],
    [
      { ...oidc, identityProviderName: 'Auth0' },
      /identityProviderName: contract\/user-pool-definition.ts lists no OIDC provider "Auth0" \(it lists Google Google, OIDC Okta\)/,
    ],
    [{ ...oidc, identityProviderName: 'Google' }, /lists no OIDC provider "Google"/],
    [
      { ...oidc, identityProviderIssuer: 'http://acme.okta.com' },
      /identityProviderIssuer: an https:\/\/ issuer URL/,
    ],
    [
      { ...oidc, identityProviderIssuer: 'https://localhost:9000' },
      /Cognito cannot reach localhost/,
    ],
    [
      { ...oidc, identityProviderIssuer: 'https://user:pw@acme.okta.com' },
      /no credentials, query or fragment/,
    ],
    [
      { ...oidc, identityProviderIssuer: 'javascript:alert(1)' },
      /identityProviderIssuer: an https:\/\//,
    ],
    [{ ...oidc, identityProviderIssuer: 'not a url' }, /identityProviderIssuer: an https:\/\//],
    [
      { ...google, identityProviderClientId: 'id with spaces' },
      /identityProviderClientId: the OAuth client id/,
    ],
    [
      { ...google, identityProviderClientId: 'abc"}' },
      /identityProviderClientId: the OAuth client id/,
    ],
    [
      { ...google, identityProviderClientId: 'x'.repeat(201) },
      /identityProviderClientId: longer than 200/,
    ],
    [
      { ...google, identityProviderSecretName: 'my secret value!' },
      /identityProviderSecretName: a Secrets Manager secret name .* never the secret itself/,
    ],
    [
      { ...google, identityProviderSecretName: 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWx' },
      /identityProviderSecretName: this looks like a Google client secret itself/,
    ],
    [
      { ...google, identityProviderSecretName: '{{resolve:ssm:x}}' },
      /identityProviderSecretName: a Secrets Manager secret name/,
    ],
    [
      { ...google, identityProviderSecretName: 'arn:aws:s3:::bucket' },
      /identityProviderSecretName: a Secrets Manager secret name/,
    ],
    [
      { ...google, identityProviderSecretName: 7 },
      /identityProviderSecretName: expected a string, got number/,
    ],
    [
      { identityProviderClientId: 'abc' },
      /identityProviderClientId: set identityProviderType too \(Google or OIDC\)/,
    ],
    [
      { identityProviderSecretName: 'x' },
      /identityProviderSecretName: set identityProviderType too/,
    ],
  ] as [Record<string, unknown>, RegExp][])('refuses %j', (context, message) => {
    expect(problemsOf(context).join('\n')).toMatch(message);
  });

  it('accepts only the providers the pool definition lists', () => {
    const problems = configProblemsOf(() =>
      readStageConfig((key) => (oidc as Record<string, unknown>)[key]),
    );
    expect(problems).toEqual([
      {
        path: 'identityProviderName',
        message: expect.stringMatching(/lists no OIDC provider "Okta" \(it lists Google Google\)/),
      },
    ]);
    expect(
      readStageConfig((key) => (google as Record<string, unknown>)[key]).identityProvider?.name,
    ).toBe('Google');
    // A project that took Google out of the definition cannot deploy it.
    expect(
      configProblemsOf(() =>
        readStageConfig((key) => (google as Record<string, unknown>)[key], [okta]),
      ),
    ).toEqual([
      {
        path: 'identityProviderType',
        message: expect.stringMatching(
          /^identityProviderType: contract\/user-pool-definition.ts lists no Google provider "Google" \(it lists OIDC Okta\)/,
        ),
      },
    ]);
  });

  it('lists the missing keys with the other problems, each under its own key', () => {
    const problems = configProblemsOf(() =>
      read({ identityProviderType: 'OIDC', domainPrefix: 'UP' }),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'domainPrefix',
      'identityProviderClientId',
      'identityProviderSecretName',
      'identityProviderName',
      'identityProviderIssuer',
    ]);
  });
});
