// A federated provider as the template deploys it (AWS::Cognito::UserPoolIdentityProvider)
// against what the emulator answers to DescribeIdentityProvider: the name, the type, the
// scopes Cognito asks the IdP for and the attribute mapping, all from the pool definition on
// both sides. Client ids, secrets and issuers come from each environment and are not compared.

import type { IdentityProviderType } from '@aws-sdk/client-cognito-identity-provider';
import { isDeepStrictEqual } from 'node:util';
import type { Drift } from './pool-drift';

const scopesOf = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(' ').filter(Boolean).sort() : [];

const sortedEntries = (value: unknown): [string, string][] =>
  Object.entries((value ?? {}) as Record<string, unknown>)
    .map(([k, v]): [string, string] => [k, String(v)])
    .sort(([a], [b]) => a.localeCompare(b));

/** Every field where the two say something else; `deployed` is the resource's properties. */
export function identityProviderDrift(
  deployed: Readonly<Record<string, unknown>>,
  described: IdentityProviderType,
): Drift[] {
  const drift: Drift[] = [];
  const compare = (field: string, deployedValue: unknown, emulatorValue: unknown) => {
    if (!isDeepStrictEqual(deployedValue, emulatorValue))
      drift.push({ field, deployed: deployedValue, emulator: emulatorValue });
  };
  const details = (deployed['ProviderDetails'] ?? {}) as Record<string, unknown>;
  compare('ProviderName', deployed['ProviderName'], described.ProviderName);
  compare('ProviderType', deployed['ProviderType'], described.ProviderType);
  compare(
    'ProviderDetails.authorize_scopes',
    scopesOf(details['authorize_scopes']),
    scopesOf(described.ProviderDetails?.['authorize_scopes']),
  );
  compare(
    'AttributeMapping',
    sortedEntries(deployed['AttributeMapping']),
    sortedEntries(described.AttributeMapping),
  );
  return drift;
}
