// A federated provider as DescribeIdentityProvider and ListIdentityProviders answer it, from
// the pool definition and the emulator's local test IdP. Stricter than AWS, which returns
// client_secret in ProviderDetails: the emulator never shows it (docs/emulator.md).

import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import type { Wire } from '../operations/operation';
import { CognitoError } from '../cognito-error';
import type { PoolConfig } from '../pool-config';
import { findIdentityProvider, type IdentityProviderConfig } from './identity-provider-config';

// Seconds on the wire, as DescribeUserPool's dates (pool-description.ts).
const epochSeconds = (ms: number) => ms / 1000;

/** ProviderDetails as Describe shows them for the type (discovered URLs included), no secret. */
function providerDetails(p: IdentityProviderConfig): Record<string, string> {
  const common = {
    client_id: p.clientId,
    authorize_scopes: p.scopes.join(' '),
    authorize_url: p.authorizeUrl,
    token_url: p.tokenUrl,
    attributes_url: p.attributesUrl,
    oidc_issuer: p.issuer,
  };
  return p.type === 'Google'
    ? { ...common, attributes_url_add_attributes: 'true', token_request_method: 'POST' }
    : {
        ...common,
        attributes_request_method: 'GET',
        jwks_uri: p.jwksUri,
        attributes_url_add_attributes: 'false',
      };
}

function providerNotFound(name: string): never {
  const message = `Identity provider ${name.slice(0, 32)} does not exist.`;
  throw new CognitoError('ResourceNotFoundException', message);
}

/** One provider by name; ResourceNotFoundException for names the pool lacks. */
export function describeIdentityProvider(
  config: PoolConfig,
  name: string,
): Wire<Sdk.IdentityProviderType> {
  const provider = findIdentityProvider(config.identityProviders, name) ?? providerNotFound(name);
  return {
    UserPoolId: config.userPoolId,
    ProviderName: provider.name,
    ProviderType: provider.type,
    ProviderDetails: providerDetails(provider),
    // Cognito always lists username <- sub, the default when a mapping leaves it out.
    AttributeMapping: { username: 'sub', ...provider.attributeMapping },
    IdpIdentifiers: [...(provider.idpIdentifiers ?? [])],
    LastModifiedDate: epochSeconds(provider.createdAt),
    CreationDate: epochSeconds(provider.createdAt),
  };
}

/** The summary ListIdentityProviders gives per provider. */
export function identityProviderSummary(
  provider: IdentityProviderConfig,
): Wire<Sdk.ProviderDescription> {
  return {
    ProviderName: provider.name,
    ProviderType: provider.type,
    LastModifiedDate: epochSeconds(provider.createdAt),
    CreationDate: epochSeconds(provider.createdAt),
  };
}
