// The stage's external identity provider on the pool: Google or a generic OIDC provider, its
// client secret a Secrets Manager dynamic reference that CloudFormation resolves at deploy time
// (never a value in the template or the repo), its scopes and attribute mapping from the pool
// definition, so the deployed provider asks for and maps what the emulator's does.

import { SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { IdentityProviderDefinition } from '../../contract/user-pool-definition';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import type { StageIdentityProvider } from './stage-identity-provider';

/**
 * CDK's AttributeMapping speaks its own property names (`fullname` for `name`); its `custom`
 * member is written out verbatim, so every entry goes there in Cognito's names, exactly as the
 * definition (and DescribeIdentityProvider) spells them.
 */
function attributeMapping(
  mapping: IdentityProviderDefinition['attributeMapping'],
): cognito.AttributeMapping {
  const custom: Record<string, cognito.ProviderAttribute> = {};
  for (const [attribute, claim] of Object.entries(mapping))
    if (claim !== undefined) custom[attribute] = cognito.ProviderAttribute.other(claim);
  return { custom };
}

/**
 * Adds the stage's provider to the pool with the scopes and mapping `listed` (the pool
 * definition's providers) gives its name; the app client must allow it and depend on it.
 */
export function addIdentityProvider(
  scope: Construct,
  userPool: cognito.IUserPool,
  provider: StageIdentityProvider,
  listed: readonly IdentityProviderDefinition[] = userPoolDefinition.identityProviders,
): cognito.IUserPoolIdentityProvider {
  const definition = listed.find((p) => p.name === provider.name && p.type === provider.type);
  if (!definition)
    throw new Error(`The pool definition lists no ${provider.type} provider ${provider.name}`);
  const clientSecret = SecretValue.secretsManager(provider.clientSecretName);
  const common = {
    userPool,
    clientId: provider.clientId,
    scopes: [...definition.scopes],
    attributeMapping: attributeMapping(definition.attributeMapping),
  };
  if (provider.type === 'Google')
    return new cognito.UserPoolIdentityProviderGoogle(scope, 'GoogleProvider', {
      ...common,
      clientSecretValue: clientSecret,
    });
  if (provider.issuer === null) throw new Error(`OIDC provider ${provider.name} has no issuer`);
  return new cognito.UserPoolIdentityProviderOidc(scope, 'OidcProvider', {
    ...common,
    name: provider.name,
    // CDK takes a string here; unwrapped, the SecretValue is still the `{{resolve:…}}` token,
    // so the template holds the reference and CloudFormation the value.
    clientSecret: clientSecret.unsafeUnwrap(),
    issuerUrl: provider.issuer,
    // Cognito's default; the local test IdP answers userinfo with GET too.
    attributeRequestMethod: cognito.OidcAttributeRequestMethod.GET,
  });
}
