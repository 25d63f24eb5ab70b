// A pool's settings from CreateUserPool's (or UpdateUserPool's) request, with Cognito's
// defaults for what it leaves out and AWS's InvalidParameterException for what it refuses.

import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { standardAttributes, type AttributeRules } from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import {
  cognitoDefaultPasswordPolicy,
  type AliasAttribute,
  type CustomAttribute,
  type PasswordPolicy,
  type PoolConfig,
  type UsernameAttribute,
} from './pool-config';
import type { StoredPoolConfig } from './pool-registry';

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

function subset<T extends string>(member: string, values: unknown, allowed: readonly T[]): T[] {
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values) || values.some((v) => !allowed.includes(v as T)))
    throw invalid(
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  return [...new Set(values as T[])];
}

function passwordPolicy(request: Sdk.PasswordPolicyType | undefined): PasswordPolicy {
  if (!request) return cognitoDefaultPasswordPolicy;
  const min = request.MinimumLength ?? 8;
  if (!Number.isInteger(min) || min < 6 || min > 99)
    throw invalid(
      "1 validation error detected: Value at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value between 6 and 99",
    );
  const days = request.TemporaryPasswordValidityDays ?? 7;
  if (!Number.isInteger(days) || days < 0 || days > 365)
    throw invalid(
      "1 validation error detected: Value at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: Member must have value less than or equal to 365",
    );
  return {
    minimumLength: min,
    requireUppercase: request.RequireUppercase ?? false,
    requireLowercase: request.RequireLowercase ?? false,
    requireNumbers: request.RequireNumbers ?? false,
    requireSymbols: request.RequireSymbols ?? false,
    temporaryPasswordValidityDays: days,
  };
}

const customName = /^[\w-]{1,20}$/;

/** One SchemaAttributeType of a custom attribute (Name without the `custom:` prefix). */
export function customAttribute(schema: Sdk.SchemaAttributeType): CustomAttribute {
  const name = (schema.Name ?? '').replace(/^custom:/, '');
  if (!customName.test(name))
    throw invalid(`Custom attribute name ${schema.Name ?? ''} must be 1-20 characters.`);
  const type = schema.AttributeDataType ?? 'String';
  if (!['String', 'Number', 'DateTime', 'Boolean'].includes(type))
    throw invalid(
      `Invalid AttributeDataType input, consider using the provided AttributeDataType enum.`,
    );
  if (schema.Required === true)
    throw invalid('Required custom attributes are not supported currently.');
  const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    name,
    type: type as CustomAttribute['type'],
    mutable: schema.Mutable ?? true,
    minLength: num(schema.StringAttributeConstraints?.MinLength),
    maxLength: num(schema.StringAttributeConstraints?.MaxLength),
    minValue: num(schema.NumberAttributeConstraints?.MinValue),
    maxValue: num(schema.NumberAttributeConstraints?.MaxValue),
  };
}

/** Adds custom attributes to a schema: never a second one of a name, at most 50. */
export function withCustomAttributes(
  existing: readonly CustomAttribute[],
  added: readonly Sdk.SchemaAttributeType[],
): CustomAttribute[] {
  const out = [...existing];
  for (const schema of added) {
    const attribute = customAttribute(schema);
    if (out.some((a) => a.name === attribute.name))
      throw invalid(`Existing attribute already has name custom:${attribute.name}.`);
    out.push(attribute);
  }
  if (out.length > 50) throw invalid('A user pool can have at most 50 custom attributes.');
  return out;
}

function standardRules(schema: readonly Sdk.SchemaAttributeType[]) {
  const rules: Record<string, AttributeRules> = {};
  for (const s of schema) {
    if (!(standardAttributes as readonly string[]).includes(s.Name ?? '')) continue;
    rules[s.Name!] = { required: s.Required ?? false, mutable: s.Mutable ?? true };
  }
  return rules;
}

const poolName = /^[\w\s+=,.@-]{1,128}$/;

/** The settings CreateUserPool and UpdateUserPool share. */
type PoolSettings = Pick<
  PoolConfig,
  'passwordPolicy' | 'autoVerifiedAttributes' | 'mfa' | 'selfSignUp'
>;

export function poolSettings(
  request: Omit<Sdk.CreateUserPoolRequest | Sdk.UpdateUserPoolRequest, 'UserPoolId' | 'PoolName'>,
): PoolSettings {
  const mfa = request.MfaConfiguration ?? 'OFF';
  if (!['OFF', 'ON', 'OPTIONAL'].includes(mfa))
    throw invalid(
      "1 validation error detected: Value at 'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]",
    );
  return {
    passwordPolicy: passwordPolicy(request.Policies?.PasswordPolicy),
    autoVerifiedAttributes: subset<UsernameAttribute>(
      'autoVerifiedAttributes',
      request.AutoVerifiedAttributes,
      ['phone_number', 'email'],
    ),
    mfa,
    selfSignUp: request.AdminCreateUserConfig?.AllowAdminCreateUserOnly !== true,
  };
}

/** A new pool's settings; `base` carries the emulator-wide timings and the product's defaults. */
export function poolFromRequest(
  request: Sdk.CreateUserPoolRequest,
  ids: { userPoolId: string; region: string; now: number },
  base: PoolConfig,
): StoredPoolConfig {
  const name = request.PoolName ?? '';
  if (!poolName.test(name))
    throw invalid(
      "1 validation error detected: Value at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
  const usernameAttributes = subset<UsernameAttribute>(
    'usernameAttributes',
    request.UsernameAttributes,
    ['phone_number', 'email'],
  );
  const aliasAttributes = subset<AliasAttribute>('aliasAttributes', request.AliasAttributes, [
    'phone_number',
    'email',
    'preferred_username',
  ]);
  if (usernameAttributes.length > 0 && aliasAttributes.length > 0)
    throw invalid(
      'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool',
    );
  const schema = request.Schema ?? [];
  const custom = schema.filter(
    (s) => !(standardAttributes as readonly string[]).includes(s.Name ?? ''),
  );
  return {
    ...poolSettings(request),
    region: ids.region,
    userPoolId: ids.userPoolId,
    userPoolName: name,
    createdAt: ids.now,
    updatedAt: ids.now,
    clients: [],
    usernameAttributes,
    aliasAttributes,
    // The API's default is case-sensitive usernames (the console's is not).
    usernameCaseSensitive: request.UsernameConfiguration?.CaseSensitive ?? true,
    verifyBeforeUpdate: [],
    verificationStyle: 'CONFIRM_WITH_CODE',
    standardAttributes: standardRules(schema),
    customAttributes: withCustomAttributes([], custom),
    accountRecovery: base.accountRecovery,
    featurePlan: 'ESSENTIALS',
    preventUserExistenceErrors: true,
    hostedSessionSeconds: base.hostedSessionSeconds,
    authSessionSeconds: base.authSessionSeconds,
    authCodeSeconds: base.authCodeSeconds,
    signUpCodeSeconds: base.signUpCodeSeconds,
    resetCodeSeconds: base.resetCodeSeconds,
    freeFailedSignIns: base.freeFailedSignIns,
    codeAttempts: base.codeAttempts,
    advertiseEndSession: base.advertiseEndSession,
  };
}
