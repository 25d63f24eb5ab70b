// DescribeUserPool and DescribeUserPoolClient as AWS answers them, from the emulator's pool
// config (pure). The drift test in infra/test/ compares these answers with the CDK template.

import type {
  SchemaAttributeType,
  TimeUnitsType,
  UserPoolClientType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  standardAttributes,
  type AttributeRules,
  type StandardAttribute,
} from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import type { Wire } from './operations/operation';
import { findClient, type PoolConfig } from './pool-config';

const epochSeconds = (ms: number) => ms / 1000;

const text = (min: number, max: number) => ({
  AttributeDataType: 'String' as const,
  StringAttributeConstraints: { MinLength: String(min), MaxLength: String(max) },
});
const flag = { AttributeDataType: 'Boolean' as const };

/** Data type and constraints as Cognito lists them; each `*_verified` flag follows its attribute. */
function shapes(name: StandardAttribute): [string, SchemaAttributeType][] {
  if (name === 'email')
    return [
      [name, text(0, 2048)],
      ['email_verified', flag],
    ];
  if (name === 'phone_number')
    return [
      [name, text(0, 2048)],
      ['phone_number_verified', flag],
    ];
  if (name === 'birthdate') return [[name, text(10, 10)]];
  if (name === 'updated_at')
    return [[name, { AttributeDataType: 'Number', NumberAttributeConstraints: { MinValue: '0' } }]];
  return [[name, text(0, 2048)]];
}

function schemaAttributes(config: PoolConfig): SchemaAttributeType[] {
  const sub: SchemaAttributeType = {
    Name: 'sub',
    ...text(1, 2048),
    DeveloperOnlyAttribute: false,
    Required: true,
    Mutable: false,
  };
  return [
    sub,
    ...standardAttributes.flatMap(shapes).map(([name, shape]): SchemaAttributeType => {
      const byName: Readonly<Record<string, AttributeRules | undefined>> =
        config.standardAttributes;
      const rules = byName[name];
      return {
        Name: name,
        ...shape,
        DeveloperOnlyAttribute: false,
        Required: rules?.required ?? false,
        Mutable: rules?.mutable ?? true,
      };
    }),
    ...(config.customAttributes ?? []).map((a): SchemaAttributeType => {
      return {
        Name: `custom:${a.name}`,
        AttributeDataType: a.type,
        DeveloperOnlyAttribute: false,
        Mutable: a.mutable,
        Required: false,
        ...(a.type === 'String'
          ? {
              StringAttributeConstraints: {
                ...(a.minLength === undefined ? {} : { MinLength: String(a.minLength) }),
                ...(a.maxLength === undefined ? {} : { MaxLength: String(a.maxLength) }),
              },
            }
          : {}),
        ...(a.type === 'Number' && (a.minValue !== undefined || a.maxValue !== undefined)
          ? {
              NumberAttributeConstraints: {
                ...(a.minValue === undefined ? {} : { MinValue: String(a.minValue) }),
                ...(a.maxValue === undefined ? {} : { MaxValue: String(a.maxValue) }),
              },
            }
          : {}),
      };
    }),
  ];
}

/** DescribeUserPool's `UserPool`. */
export function describeUserPool(
  config: PoolConfig,
  estimatedNumberOfUsers = 0,
): Wire<UserPoolType> {
  const created = epochSeconds(config.createdAt);
  const p = config.passwordPolicy;
  return {
    Id: config.userPoolId,
    Name: config.userPoolName,
    Arn: `arn:aws:cognito-idp:${config.region}:000000000000:userpool/${config.userPoolId}`,
    Policies: {
      PasswordPolicy: {
        MinimumLength: p.minimumLength,
        RequireUppercase: p.requireUppercase,
        RequireLowercase: p.requireLowercase,
        RequireNumbers: p.requireNumbers,
        RequireSymbols: p.requireSymbols,
        TemporaryPasswordValidityDays: p.temporaryPasswordValidityDays,
      },
    },
    DeletionProtection: 'INACTIVE',
    LambdaConfig: {},
    LastModifiedDate: epochSeconds(config.updatedAt ?? config.createdAt),
    CreationDate: created,
    SchemaAttributes: schemaAttributes(config),
    AutoVerifiedAttributes: [...config.autoVerifiedAttributes],
    // AWS omits the lists a pool does not have.
    ...(config.usernameAttributes.length > 0
      ? { UsernameAttributes: [...config.usernameAttributes] }
      : {}),
    ...(config.aliasAttributes?.length ? { AliasAttributes: [...config.aliasAttributes] } : {}),
    ...(config.domainPrefix === undefined ? {} : { Domain: config.domainPrefix }),
    VerificationMessageTemplate: { DefaultEmailOption: config.verificationStyle },
    UserAttributeUpdateSettings: {
      AttributesRequireVerificationBeforeUpdate: [...config.verifyBeforeUpdate],
    },
    MfaConfiguration: config.mfa,
    EstimatedNumberOfUsers: estimatedNumberOfUsers,
    AdminCreateUserConfig: {
      AllowAdminCreateUserOnly: !config.selfSignUp,
      // Cognito mirrors the temporary-password validity here.
      UnusedAccountValidityDays: p.temporaryPasswordValidityDays,
    },
    UsernameConfiguration: { CaseSensitive: config.usernameCaseSensitive },
    AccountRecoverySetting: {
      RecoveryMechanisms: config.accountRecovery.map((Name, i) => ({ Name, Priority: i + 1 })),
    },
    UserPoolTier: config.featurePlan,
  };
}

/** A lifetime in the largest of Cognito's units the emulator can state it in exactly. */
function validity(seconds: number): [number, TimeUnitsType] {
  return seconds % 60 === 0 ? [seconds / 60, 'minutes'] : [seconds, 'seconds'];
}

/** DescribeUserPoolClient's `UserPoolClient`; unknown ids are ResourceNotFoundException. */
export function describeUserPoolClient(
  config: PoolConfig,
  clientId: string,
): Wire<UserPoolClientType> {
  const client = findClient(config, clientId);
  if (!client)
    throw new CognitoError(
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  const created = epochSeconds(client.createdAt ?? config.createdAt);
  const [idValue, idUnit] = validity(client.idTokenSeconds);
  const [accessValue, accessUnit] = validity(client.accessTokenSeconds);
  const [refreshValue, refreshUnit] = validity(client.refreshTokenSeconds);
  const list = <T>(values: readonly T[]) => (values.length > 0 ? [...values] : undefined);
  return {
    UserPoolId: config.userPoolId,
    ClientName: client.clientName,
    ClientId: client.clientId,
    ...(client.clientSecret === undefined ? {} : { ClientSecret: client.clientSecret }),
    LastModifiedDate: epochSeconds(client.updatedAt ?? client.createdAt ?? config.createdAt),
    CreationDate: created,
    RefreshTokenValidity: refreshValue,
    AccessTokenValidity: accessValue,
    IdTokenValidity: idValue,
    TokenValidityUnits: { AccessToken: accessUnit, IdToken: idUnit, RefreshToken: refreshUnit },
    ExplicitAuthFlows: [...client.explicitAuthFlows],
    SupportedIdentityProviders: list(client.identityProviders),
    CallbackURLs: list(client.callbackUrls),
    LogoutURLs: list(client.logoutUrls),
    AllowedOAuthFlows: list(client.allowedOAuthFlows),
    AllowedOAuthScopes: list(client.allowedOAuthScopes),
    AllowedOAuthFlowsUserPoolClient: client.allowedOAuthFlows.length > 0,
    // Left out on AWS when the client keeps Cognito's defaults.
    ...(client.readAttributes ? { ReadAttributes: [...client.readAttributes] } : {}),
    ...(client.writeAttributes ? { WriteAttributes: [...client.writeAttributes] } : {}),
    PreventUserExistenceErrors: config.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    // Revocation is always on in the emulator (clients without it are refused).
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: config.authSessionSeconds / 60,
    // An untouched client describes as a DISABLED block (cognito-extensions §3.1).
    RefreshTokenRotation: client.refreshTokenRotation
      ? {
          Feature: 'ENABLED',
          RetryGracePeriodSeconds: client.refreshTokenRotation.retryGracePeriodSeconds,
        }
      : { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 },
  };
}
