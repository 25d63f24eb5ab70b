/** Everything about the emulated pool, built once at start-up from EmulatorOptions. */

import type {
  ExplicitAuthFlow as ProductAuthFlow,
  PasswordPolicy,
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
  readonly identityProviders: readonly 'COGNITO'[];
}

/** What DescribeUserPool reports beyond the behaviour below (the emulator signs in by email). */
type PoolDescription = Pick<
  UserPoolDefinition,
  | 'usernameAttributes'
  | 'usernameCaseSensitive'
  | 'selfSignUp'
  | 'autoVerifiedAttributes'
  | 'verifyBeforeUpdate'
  | 'verificationStyle'
  | 'standardAttributes'
  | 'mfa'
  | 'accountRecovery'
  | 'featurePlan'
>;

export interface PoolConfig extends PoolDescription {
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
