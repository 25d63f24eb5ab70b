// The stage's external identity provider on AWS: none by default; Google or OIDC when the stage
// names one, with the definition's scopes and mapping, its client secret only a Secrets Manager
// dynamic reference, allowed on the app client (created after it) and listed in config.json.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { describe, expect, it } from 'vitest';
import type { IdentityProviderDefinition } from '../../contract/user-pool-definition';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import type { StageIdentityProvider } from '../lib/stage-identity-provider';
import { addIdentityProvider } from '../lib/user-pool-identity-provider';
import { buildStack, onlyResource, resourcesOfType } from './build-stack';

const secretName = 'transactions/dev/google-client-secret';
const google: StageIdentityProvider = {
  type: 'Google',
  name: 'Google',
  clientId: '1234-abc.apps.googleusercontent.com',
  clientSecretName: secretName,
  issuer: null,
};
const dynamicReference = `{{resolve:secretsmanager:${secretName}:SecretString:::}}`;
const definitionOf = (name: string) =>
  userPoolDefinition.identityProviders.find((p) => p.name === name)!;

describe('identity provider on AWS', () => {
  it('deploys none and allows COGNITO alone when the stage names none', () => {
    const { template, stack } = buildStack({ siteDir: null });
    template.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 0);
    const client = onlyResource(template, 'AWS::Cognito::UserPoolClient');
    expect(client['SupportedIdentityProviders']).toEqual(['COGNITO']);
    expect(stack.runtimeConfig.identityProviders).toBeUndefined();
    expect(template.toJSON()['Outputs']['identityProviders']).toBeUndefined();
  });

  describe('a Google stage', () => {
    const { template, stack } = buildStack({ config: { identityProvider: google } });
    const resources = resourcesOfType(template, 'AWS::Cognito::UserPoolIdentityProvider');

    it('creates the Google provider with the definition scopes and mapping', () => {
      expect(resources).toHaveLength(1);
      const [, provider] = resources[0]!;
      const definition = definitionOf('Google');
      expect(provider).toMatchObject({
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: {
          client_id: google.clientId,
          authorize_scopes: definition.scopes.join(' '),
        },
        AttributeMapping: definition.attributeMapping,
      });
    });

    it('reads the client secret from Secrets Manager at deploy time, nowhere a value', () => {
      const [, provider] = resources[0]!;
      const details = provider['ProviderDetails'] as Record<string, unknown>;
      expect(details['client_secret']).toBe(dynamicReference);
      // The secret's name appears nowhere but inside that one reference.
      const text = JSON.stringify(template.toJSON());
      expect(text.split(secretName)).toHaveLength(2);
      expect(text.split(dynamicReference)).toHaveLength(2);
    });

    it('allows it on the app client, which CloudFormation creates after it', () => {
      const [providerId] = resources[0]!;
      const clients = template.findResources('AWS::Cognito::UserPoolClient');
      const [client] = Object.values(clients) as {
        Properties: Record<string, unknown>;
        DependsOn?: string[];
      }[];
      expect(client!.Properties['SupportedIdentityProviders']).toEqual(['COGNITO', 'Google']);
      expect(client!.DependsOn).toContain(providerId);
    });

    it('lists it in config.json and in a stack output', () => {
      expect(stack.runtimeConfig.identityProviders).toEqual(['Google']);
      expect(template.toJSON()['Outputs']['identityProviders']).toMatchObject({
        Value: '["Google"]',
      });
    });

    it('passes the cdk-nag checks', () => {
      expect(() =>
        buildStack({ siteDir: null, nag: true, config: { identityProvider: google } }),
      ).not.toThrow();
    });
  });

  describe('a generic OIDC provider', () => {
    const okta: IdentityProviderDefinition = {
      name: 'Okta',
      type: 'OIDC',
      scopes: ['openid', 'email'],
      attributeMapping: { username: 'sub', email: 'email', email_verified: 'email_verified' },
    };
    const stage: StageIdentityProvider = {
      type: 'OIDC',
      name: 'Okta',
      clientId: '0oa1b2c3d4',
      clientSecretName: 'transactions/okta',
      issuer: 'https://acme.okta.com',
    };
    const synth = (listed: readonly IdentityProviderDefinition[]) => {
      const stack = new Stack(new App(), 'Oidc');
      const pool = new cognito.UserPool(stack, 'Pool');
      addIdentityProvider(stack, pool, stage, listed);
      return Template.fromStack(stack);
    };

    it('creates an OIDC provider discovered from its issuer, the secret a dynamic reference', () => {
      const provider = onlyResource(synth([okta]), 'AWS::Cognito::UserPoolIdentityProvider');
      expect(provider).toMatchObject({
        ProviderName: 'Okta',
        ProviderType: 'OIDC',
        ProviderDetails: {
          client_id: '0oa1b2c3d4',
          client_secret: '{{resolve:secretsmanager:transactions/okta:SecretString:::}}',
          oidc_issuer: 'https://acme.okta.com',
          authorize_scopes: 'openid email',
          attributes_request_method: 'GET',
        },
        AttributeMapping: okta.attributeMapping,
      });
    });

    it('refuses a provider the definition does not list under that name and type', () => {
      expect(() => synth([])).toThrow(/lists no OIDC provider Okta/);
      expect(() => synth([{ ...okta, type: 'Google' }])).toThrow(/lists no OIDC provider Okta/);
    });
  });
});
