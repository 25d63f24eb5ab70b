// An app client's ReadAttributes / WriteAttributes (cognito-extensions §5): which attributes
// GetUser, ID tokens and userInfo show through the client, and which SignUp and the caller's own
// attribute updates may set. Admin (IAM) operations ignore them, as on AWS.

import { standardAttributes } from '../../contract/user-pool-definition';
import { CognitoError, messages } from './cognito-error';
import type { AppClientConfig, CustomAttribute, PoolConfig } from './pool-config';

const verificationFlags: readonly string[] = ['email_verified', 'phone_number_verified'];
const standard: readonly string[] = standardAttributes;

/**
 * Cognito's defaults when a list is left out: every standard attribute (and, to read, the
 * verification flags). Custom attributes are not in them (the API's text; UNCONFIRMED at run
 * time, so the strict reading: docs/emulator.md).
 */
const defaultReadable = new Set([...standard, ...verificationFlags]);
const defaultWritable = new Set(standard);

/** Whether the client may read `name` (`sub` always). */
export function mayRead(client: AppClientConfig, name: string): boolean {
  if (name === 'sub') return true;
  return client.readAttributes ? client.readAttributes.includes(name) : defaultReadable.has(name);
}

/** Whether the client may write `name`: required attributes always, verification flags never. */
function mayWrite(config: PoolConfig, client: AppClientConfig, name: string): boolean {
  if (verificationFlags.includes(name)) return false;
  const rules: Readonly<Record<string, { required: boolean } | undefined>> =
    config.standardAttributes;
  if (Object.hasOwn(rules, name) && rules[name]?.required) return true;
  return client.writeAttributes ? client.writeAttributes.includes(name) : defaultWritable.has(name);
}

/**
 * Refuses a write through the client of any attribute it may not write. Names the schema does
 * not know are left to the schema check (InvalidParameterException comes first).
 */
export function checkClientMayWrite(
  config: PoolConfig,
  client: AppClientConfig,
  names: readonly string[],
): void {
  const known = (name: string) =>
    standard.includes(name) ||
    verificationFlags.includes(name) ||
    (config.customAttributes ?? []).some((a) => `custom:${a.name}` === name);
  if (names.some((name) => known(name) && !mayWrite(config, client, name)))
    throw new CognitoError('NotAuthorizedException', messages.unauthorizedAttribute);
}

/** Only the attributes the client may read, from `{Name, Value}` pairs. */
export function readableThrough<T extends { Name: string }>(
  client: AppClientConfig,
  list: readonly T[],
): T[] {
  return list.filter((a) => mayRead(client, a.Name));
}

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

/**
 * Checks Read/WriteAttributes of a Create/UpdateUserPoolClient request against the pool's
 * schema; undefined when left out (Cognito's defaults, and no member in Describe).
 */
export function clientAttributeList(
  value: unknown,
  kind: 'read' | 'write',
  custom: readonly CustomAttribute[],
): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const problem = invalid(`Invalid ${kind} attributes specified while creating a client`);
  if (!Array.isArray(value) || value.length > 2048) throw problem;
  const known = new Set([
    ...standard,
    ...(kind === 'read' ? verificationFlags : []),
    ...custom.map((a) => `custom:${a.name}`),
  ]);
  const names = value.map((name: unknown) => {
    if (typeof name !== 'string' || !known.has(name)) throw problem;
    return name;
  });
  return [...new Set(names)];
}
