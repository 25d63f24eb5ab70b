/** Everything about the emulated pool, built once at start-up from EmulatorOptions. */

export type OAuthFlow = 'code' | 'implicit';
export type ExplicitAuthFlow =
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_USER_SRP_AUTH';

export interface PasswordPolicy {
  readonly minimumLength: number;
  readonly requireUppercase: boolean;
  readonly requireLowercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  readonly temporaryPasswordValidityDays: number;
}

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
}

export interface PoolConfig {
  readonly region: string;
  readonly userPoolId: string;
  /** Hosted UI base URL, no trailing slash. */
  readonly domain: string;
  /** `iss` of every token, no trailing slash. */
  readonly issuer: string;
  readonly clients: readonly AppClientConfig[];
  readonly passwordPolicy: PasswordPolicy;
  readonly preventUserExistenceErrors: boolean;
  readonly hostedSessionSeconds: number;
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

export const allScopes = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];

/** Looks a client up by id (undefined for unknown ids). */
export function findClient(config: PoolConfig, clientId: string): AppClientConfig | undefined {
  return config.clients.find((c) => c.clientId === clientId);
}
