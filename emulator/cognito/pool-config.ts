/** Everything about the emulated pool, built once at start-up from EmulatorOptions. */

import type { IdentityProviderConfig } from './federation/identity-provider-config';
import type {
  ExplicitAuthFlow as ProductAuthFlow,
  PasswordPolicy,
  ResourceServerDefinition,
  UserPoolDefinition,
} from '../../contract/user-pool-definition';

export type { PasswordPolicy } from '../../contract/user-pool-definition';

/** The grants the emulator implements (client_credentials is not emulated). */
export type OAuthFlow = 'code' | 'implicit';
/** ALLOW_CUSTOM_AUTH is only recorded (custom auth is not emulated). */
export type ExplicitAuthFlow = ProductAuthFlow | 'ALLOW_CUSTOM_AUTH';

export interface AppClientConfig {
  readonly clientId: string;
  readonly clientName: string;
  readonly callbackUrls: readonly string[];
  readonly logoutUrls: readonly string[];
  readonly allowedOAuthFlows: readonly OAuthFlow[];
  readonly allowedOAuthScopes: readonly string[];
  readonly explicitAuthFlows: readonly ExplicitAuthFlow[];
  /** Deliberately stricter than Cognito: a code request without an S256 challenge is refused. */
  readonly requirePkce: boolean;
  readonly idTokenSeconds: number;
  readonly accessTokenSeconds: number;
  readonly refreshTokenSeconds: number;
  /** SupportedIdentityProviders: COGNITO and/or names of the pool's `identityProviders`. */
  readonly identityProviders: readonly string[];
  /** Only clients created with GenerateSecret: then SECRET_HASH and the token endpoint's secret are checked. */
  readonly clientSecret?: string | undefined;
  /** Absent: Cognito's defaults (standard attributes only; client-attributes.ts). */
  readonly readAttributes?: readonly string[] | undefined;
  readonly writeAttributes?: readonly string[] | undefined;
  /** RefreshTokenRotation ENABLED with its grace period; absent: DISABLED. */
  readonly refreshTokenRotation?: { readonly retryGracePeriodSeconds: number } | undefined;
  /** Epoch ms; the pool's creation time when absent (clients built at start-up). */
  readonly createdAt?: number | undefined;
  readonly updatedAt?: number | undefined;
}

/** Attributes a pool may sign in with instead of a free-form username. */
export type UsernameAttribute = 'email' | 'phone_number';
export type AliasAttribute = 'email' | 'phone_number' | 'preferred_username';
export type CustomAttributeType = 'String' | 'Number' | 'DateTime' | 'Boolean';

/** One `custom:` attribute of the pool's schema (never removed, renamed or retyped). */
export interface CustomAttribute {
  /** Without the `custom:` prefix, 1-20 characters. */
  readonly name: string;
  readonly type: CustomAttributeType;
  readonly mutable: boolean;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly minValue?: number | undefined;
  readonly maxValue?: number | undefined;
}

/**
 * SetUserPoolMfaConfig's settings, kept as sent. TOTP is offered when `softwareToken.Enabled`,
 * email codes when `email` is set (emulator/cognito/mfa/mfa-factors.ts); SMS is only recorded.
 */
export interface MfaSettings {
  readonly softwareToken?: { readonly Enabled?: boolean | undefined } | undefined;
  readonly sms?: object | undefined;
  readonly email?:
    { readonly Message?: string | undefined; readonly Subject?: string | undefined } | undefined;
}

/** What DescribeUserPool reports beyond the behaviour below (the emulator signs in by email). */
type PoolDescription = Pick<
  UserPoolDefinition,
  | 'usernameCaseSensitive'
  | 'selfSignUp'
  | 'verifyBeforeUpdate'
  | 'verificationStyle'
  | 'standardAttributes'
  | 'mfa'
  | 'accountRecovery'
  | 'featurePlan'
>;

export interface PoolConfig extends PoolDescription {
  /** Empty: free-form usernames, with `sub` a separate UUID. */
  readonly usernameAttributes: readonly UsernameAttribute[];
  readonly aliasAttributes?: readonly AliasAttribute[] | undefined;
  readonly autoVerifiedAttributes: readonly UsernameAttribute[];
  readonly customAttributes?: readonly CustomAttribute[] | undefined;
  /** Resource servers and their scopes (DescribeResourceServer); read-only in the emulator. */
  readonly resourceServers?: readonly ResourceServerDefinition[] | undefined;
  readonly mfaSettings?: MfaSettings | undefined;
  /** Federated identity providers (ListIdentityProviders); none unless the emulator adds them. */
  readonly identityProviders?: readonly IdentityProviderConfig[] | undefined;
  /** CreateUserPoolDomain's prefix; every pool is served on the emulator's one origin. */
  readonly domainPrefix?: string | undefined;
  /** Epoch ms of the last UpdateUserPool (CreationDate when absent). */
  readonly updatedAt?: number | undefined;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolName: string;
  /** Epoch milliseconds (DescribeUserPool's CreationDate). */
  readonly createdAt: number;
  /** Hosted UI base URL, no trailing slash. */
  readonly domain: string;
  /** `iss` of every token, no trailing slash. */
  readonly issuer: string;
  /** The SPA origins (the `appOrigins` option): the only pages CORS lets call the JSON API. */
  readonly appOrigins: readonly string[];
  readonly clients: readonly AppClientConfig[];
  readonly passwordPolicy: PasswordPolicy;
  /** Per client on Cognito; one value for every client here. */
  readonly preventUserExistenceErrors: boolean;
  readonly hostedSessionSeconds: number;
  /** Per client on Cognito (AuthSessionValidity); one value for every client here. */
  readonly authSessionSeconds: number;
  readonly authCodeSeconds: number;
  readonly signUpCodeSeconds: number;
  readonly resetCodeSeconds: number;
  /** Failed sign-ins allowed before temporary lockouts start. */
  readonly freeFailedSignIns: number;
  /** Wrong codes allowed per code before it is burned. */
  readonly codeAttempts: number;
  readonly advertiseEndSession: boolean;
}

export const defaultRegion = 'local';
export const defaultUserPoolId = 'local_Emu1ator9';
export const defaultClientId = 'localclient0spa0emulator01';

export const cognitoDefaultPasswordPolicy: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
};

/**
 * Emulator-only: the seed workflow (AdminCreateUser, then AdminInitiateAuth) in docs/emulator.md
 * and the tests. The deployed client leaves it off; the drift test knows this one difference.
 */
export const emulatorOnlyAuthFlows: readonly ExplicitAuthFlow[] = [
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
];

/** Looks a client up by id (undefined for unknown ids). */
export function findClient(config: PoolConfig, clientId: string): AppClientConfig | undefined {
  return config.clients.find((c) => c.clientId === clientId);
}
