// Field-by-field comparison of a synthesized user pool + client (CloudFormation properties)
// with what an emulator answers to DescribeUserPool / DescribeUserPoolClient.

import type { UserPoolClientType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { isDeepStrictEqual } from 'node:util';
import { standardAttributes } from '../../contract/user-pool-definition';
import { flatten } from './build-stack';

export interface Deployed {
  readonly pool: Record<string, unknown>;
  readonly client: Record<string, unknown>;
}

export interface Drift {
  readonly field: string;
  readonly deployed: unknown;
  readonly emulator: unknown;
}

type Props = Record<string, unknown>;

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Props)[key] : undefined),
      value,
    );

/** JSON round trip: drops undefined members, so an absent field equals an omitted one. */
const plain = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

const sorted = (value: unknown): unknown =>
  Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : value;

/** Paths of registered URLs, each once; the origins come from each environment. */
const paths = (value: unknown): string[] =>
  [
    ...new Set(
      ((value as unknown[] | undefined) ?? []).map((u) =>
        flatten(u).replace(/^[a-z]+:\/\/[^/]+/, ''),
      ),
    ),
  ].sort();

interface SchemaRule {
  readonly Required: boolean;
  readonly Mutable: boolean;
}

/** Rules of every attribute either side sets apart from Cognito's default (optional, mutable). */
function schemaRules(deployed: unknown, described: UserPoolType['SchemaAttributes']) {
  const rule = (a: Props | undefined): SchemaRule => ({
    Required: a?.['Required'] === true,
    Mutable: a?.['Mutable'] !== false,
  });
  const template = new Map(((deployed as Props[] | undefined) ?? []).map((a) => [a['Name'], a]));
  const emulator = new Map((described ?? []).map((a) => [a.Name, a as Props]));
  const names = new Set([
    ...template.keys(),
    ...[...emulator.entries()]
      .filter(([name, a]) => name !== 'sub' && !isDeepStrictEqual(rule(a), rule(undefined)))
      .map(([name]) => name),
  ]);
  const of = (source: Map<unknown, Props>) =>
    Object.fromEntries([...names].sort().map((n) => [String(n), rule(source.get(n))]));
  return { deployed: of(template), emulator: of(emulator) };
}

/**
 * The `custom:` attributes of a schema with their type and constraints. CloudFormation names them
 * without the prefix; DescribeUserPool with it; any name outside the standard set is custom.
 */
function customSchema(schema: unknown): Record<string, unknown> {
  const standard = new Set<string>([
    ...standardAttributes,
    'sub',
    'email_verified',
    'phone_number_verified',
  ]);
  const out: Record<string, unknown> = {};
  for (const a of (schema as Props[] | undefined) ?? []) {
    const name = String(a['Name']).replace(/^custom:/, '');
    if (standard.has(name)) continue;
    out[name] = plain({
      type: a['AttributeDataType'],
      mutable: a['Mutable'] !== false,
      strings: a['StringAttributeConstraints'],
      numbers: a['NumberAttributeConstraints'],
    });
  }
  return out;
}

/**
 * Every field where the deployed pool or client says something else than the emulator.
 * `emulatorOnlyFlows` are the explicit auth flows the emulator adds on purpose.
 */
export function poolDrift(
  deployed: Deployed,
  pool: UserPoolType,
  client: UserPoolClientType,
  emulatorOnlyFlows: readonly string[],
): Drift[] {
  const drift: Drift[] = [];
  const compare = (field: string, deployedValue: unknown, emulatorValue: unknown) => {
    if (!isDeepStrictEqual(plain(deployedValue), plain(emulatorValue)))
      drift.push({ field, deployed: deployedValue, emulator: emulatorValue });
  };
  const samePool = (path: string, map: (v: unknown) => unknown = (v) => v) =>
    compare(path, map(at(deployed.pool, path)), map(at(pool, path)));
  const sameClient = (path: string, map: (v: unknown) => unknown = (v) => v) =>
    compare(path, map(at(deployed.client, path)), map(at(client, path)));

  samePool('Policies.PasswordPolicy');
  samePool('UsernameAttributes', sorted);
  samePool('AutoVerifiedAttributes', sorted);
  samePool('UsernameConfiguration');
  samePool('AdminCreateUserConfig.AllowAdminCreateUserOnly');
  samePool('VerificationMessageTemplate.DefaultEmailOption');
  samePool('UserAttributeUpdateSettings');
  samePool('MfaConfiguration');
  samePool('AccountRecoverySetting');
  samePool('UserPoolTier');
  const schema = schemaRules(deployed.pool['Schema'], pool.SchemaAttributes);
  compare('Schema', schema.deployed, schema.emulator);

  compare(
    'Custom attributes',
    customSchema(deployed.pool['Schema']),
    customSchema(pool.SchemaAttributes),
  );

  sameClient('ClientName');
  sameClient('ReadAttributes', sorted);
  sameClient('WriteAttributes', sorted);
  compare('GenerateSecret', deployed.client['GenerateSecret'], client.ClientSecret !== undefined);
  sameClient('AllowedOAuthFlows', sorted);
  sameClient('AllowedOAuthFlowsUserPoolClient');
  sameClient('AllowedOAuthScopes', sorted);
  compare(
    'ExplicitAuthFlows',
    sorted(deployed.client['ExplicitAuthFlows']),
    sorted((client.ExplicitAuthFlows ?? []).filter((f) => !emulatorOnlyFlows.includes(f))),
  );
  sameClient('SupportedIdentityProviders', sorted);
  sameClient('IdTokenValidity');
  sameClient('AccessTokenValidity');
  sameClient('RefreshTokenValidity');
  sameClient('TokenValidityUnits');
  sameClient('AuthSessionValidity');
  sameClient('PreventUserExistenceErrors');
  sameClient('EnableTokenRevocation');
  // CloudFormation leaves the block out for a client that never rotates.
  compare(
    'RefreshTokenRotation',
    deployed.client['RefreshTokenRotation'] ?? { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 },
    client.RefreshTokenRotation,
  );
  compare(
    'CallbackURLs (paths)',
    paths(deployed.client['CallbackURLs']),
    paths(client.CallbackURLs),
  );
  compare('LogoutURLs (paths)', paths(deployed.client['LogoutURLs']), paths(client.LogoutURLs));
  return drift;
}
