// A pool's settings from CreateUserPool's (or UpdateUserPool's) request, with Cognito's
// defaults for what it leaves out and AWS's InvalidParameterException for what it refuses.

import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from './cognito-error';
import {
  cognitoDefaultPasswordPolicy,
  type AliasAttribute,
  type PasswordPolicy,
  type PoolConfig,
  type UsernameAttribute,
} from './pool-config';
import type { StoredPoolConfig } from './pool-registry';
import { schemaFromRequest } from './schema-from-request';

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

/** A sent value as an error message may quote it (never by calling its own toString). */
const shown = (value: unknown) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).slice(0, 32);

function subset<T extends string>(member: string, values: unknown, allowed: readonly T[]): T[] {
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values))
    throw new CognitoError('SerializationException', `${member} must be a list.`);
  const bad = values.filter((v) => !allowed.includes(v as T));
  if (bad.length > 0)
    throw invalid(
      `1 validation error detected: Value '[${bad.map(shown).join(', ')}]' at '${member}' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${allowed.join(', ')}]]`,
    );
  return [...new Set(values as T[])];
}

/** A boolean member, or its default; anything but a JSON boolean is a SerializationException. */
function flag(member: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean')
    throw new CognitoError('SerializationException', `${member} must be a boolean.`);
  return value;
}

/** An integer member in `min..max` with AWS's validation message, or its default. */
function integer(
  member: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number')
    throw new CognitoError('SerializationException', `${member} must be a number.`);
  if (!Number.isInteger(value) || value < min || value > max)
    throw invalid(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have value ${value < min ? `greater than or equal to ${min}` : value > max ? `less than or equal to ${max}` : 'that is an integer'}`,
    );
  return value;
}

function passwordPolicy(request: Sdk.PasswordPolicyType | undefined): PasswordPolicy {
  if (!request) return cognitoDefaultPasswordPolicy;
  if (typeof request !== 'object' || Array.isArray(request))
    throw new CognitoError('SerializationException', 'PasswordPolicy must be an object.');
  const at = (member: string) => `policies.passwordPolicy.${member}`;
  return {
    minimumLength: integer(at('minimumLength'), request.MinimumLength, 6, 99, 8),
    requireUppercase: flag(at('requireUppercase'), request.RequireUppercase, false),
    requireLowercase: flag(at('requireLowercase'), request.RequireLowercase, false),
    requireNumbers: flag(at('requireNumbers'), request.RequireNumbers, false),
    requireSymbols: flag(at('requireSymbols'), request.RequireSymbols, false),
    temporaryPasswordValidityDays: integer(
      at('temporaryPasswordValidityDays'),
      request.TemporaryPasswordValidityDays,
      0,
      365,
      7,
    ),
  };
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
    selfSignUp: !flag(
      'adminCreateUserConfig.allowAdminCreateUserOnly',
      request.AdminCreateUserConfig?.AllowAdminCreateUserOnly,
      false,
    ),
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
  const schema = schemaFromRequest(request.Schema ?? []);
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
    usernameCaseSensitive: flag(
      'usernameConfiguration.caseSensitive',
      request.UsernameConfiguration?.CaseSensitive,
      true,
    ),
    verifyBeforeUpdate: [],
    verificationStyle: 'CONFIRM_WITH_CODE',
    standardAttributes: schema.standard,
    customAttributes: schema.custom,
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
