// The federated side of the one pool definition: a stage that names Google (docs/deploying.md)
// against the emulator with its local test IdP on (the offline default). The pool and client
// must agree field by field, SupportedIdentityProviders included, and the provider's scopes and
// attribute mapping must be the same on both sides; a change on either side alone fails here.

import { DescribeIdentityProviderCommand } from '@aws-sdk/client-cognito-identity-provider';
import type {
  IdentityProviderType,
  UserPoolClientType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorOnlyAuthFlows } from '../../emulator/cognito/pool-config';
import type { StageIdentityProvider } from '../lib/stage-identity-provider';
import type { BuildOptions } from './build-stack';
import { buildStack, onlyResource } from './build-stack';
import { startDescribedEmulator, type DescribedEmulator } from './described-emulator';
import { identityProviderDrift } from './identity-provider-drift';
import { poolDrift } from './pool-drift';

const google: StageIdentityProvider = {
  type: 'Google',
  name: 'Google',
  clientId: '1234-abc.apps.googleusercontent.com',
  clientSecretName: 'transactions/dev/google-client-secret',
  issuer: null,
};

function deployed(extend?: BuildOptions['extend']) {
  const { template } = buildStack({
    siteDir: null,
    config: { identityProvider: google },
    ...(extend ? { extend } : {}),
  });
  return {
    pool: onlyResource(template, 'AWS::Cognito::UserPool'),
    client: onlyResource(template, 'AWS::Cognito::UserPoolClient'),
    provider: onlyResource(template, 'AWS::Cognito::UserPoolIdentityProvider'),
  };
}

describe('one pool definition with Google: the CDK stack and the emulator agree', () => {
  let described: DescribedEmulator | undefined;
  let pool: UserPoolType;
  let client: UserPoolClientType;
  let provider: IdentityProviderType;
  let stage: ReturnType<typeof deployed>;

  beforeAll(async () => {
    stage = deployed();
    // The offline default: the local test IdP answers as Google.
    described = await startDescribedEmulator(true);
    ({ pool, client } = described);
    const request = { UserPoolId: described.emulator.userPoolId, ProviderName: 'Google' };
    provider = (await described.sdk.send(new DescribeIdentityProviderCommand(request)))
      .IdentityProvider!;
  });
  afterAll(async () => {
    await described?.close();
  });

  it('has no field where the pool and client differ, the allowed providers included', () => {
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO', 'Google']);
    expect(poolDrift(stage, pool, client, emulatorOnlyAuthFlows)).toEqual([]);
  });

  it('deploys the provider the emulator serves: name, type, scopes and attribute mapping', () => {
    expect(identityProviderDrift(stage.provider, provider)).toEqual([]);
    // The comparison is not vacuous: both sides carry the definition's values.
    expect(provider.AttributeMapping).toMatchObject({ email: 'email', username: 'sub' });
    expect(stage.provider['AttributeMapping']).toMatchObject({ email: 'email', username: 'sub' });
  });

  it.each([
    ['the attribute mapping', { email: 'upn', username: 'sub' }, undefined, 'AttributeMapping'],
    ['the scopes', undefined, 'openid email', 'ProviderDetails.authorize_scopes'],
  ])('fails when only the stack changes %s', (_what, mapping, scopes, field) => {
    const changed = deployed((stack) => {
      const resource = stack.node
        .findAll()
        .find(
          (c): c is cognito.CfnUserPoolIdentityProvider =>
            c instanceof cognito.CfnUserPoolIdentityProvider,
        );
      if (!resource) throw new Error('no identity provider in the stack');
      if (mapping) resource.attributeMapping = mapping;
      if (scopes)
        resource.providerDetails = {
          ...(resource.providerDetails as object),
          authorize_scopes: scopes,
        };
    });
    expect(identityProviderDrift(changed.provider, provider).map((d) => d.field)).toEqual([field]);
  });

  it.each([
    [
      'the attribute mapping',
      (p: IdentityProviderType) => ({
        ...p,
        AttributeMapping: { ...p.AttributeMapping, name: 'given_name' },
      }),
      'AttributeMapping',
    ],
    [
      'the scopes',
      (p: IdentityProviderType) => ({
        ...p,
        ProviderDetails: { ...p.ProviderDetails, authorize_scopes: 'openid profile' },
      }),
      'ProviderDetails.authorize_scopes',
    ],
    [
      'the type',
      (p: IdentityProviderType) => ({ ...p, ProviderType: 'OIDC' as const }),
      'ProviderType',
    ],
  ])('fails when only the emulator changes %s', (_what, change, field) => {
    expect(identityProviderDrift(stage.provider, change(provider)).map((d) => d.field)).toEqual([
      field,
    ]);
  });

  it('fails when the client allows the provider on one side only', () => {
    const withoutGoogle = { ...client, SupportedIdentityProviders: ['COGNITO'] };
    expect(
      poolDrift(stage, pool, withoutGoogle, emulatorOnlyAuthFlows).map((d) => d.field),
    ).toEqual(['SupportedIdentityProviders']);
  });
});
