// The SPA's runtime configuration (`config.json`), shared by the SPA that reads it, the
// emulator that serves it in development and the CDK stack that writes it on AWS.
// Key names are fixed: other tools rely on them (see ../shared design §4).
import type { ApiAuthMode, ApiTokenMode } from './api-modes';

export interface RuntimeConfig {
  /** AWS region, or `local` for the emulator. */
  readonly region: string;
  readonly userPoolId: string;
  /** Public app client id (no secret). */
  readonly clientId: string;
  /** Issuer URL; discovery lives under it. */
  readonly authority: string;
  /** Base URL of the hosted UI (Cognito domain). */
  readonly domain: string;
  /** The SPA's callback URL (`…/callback`). */
  readonly redirectUri: string;
  /** Where Cognito's `/logout` returns (`…/signed-out`). */
  readonly logoutUri: string;
  /** Base URL of the Transactions API stage. */
  readonly apiUrl: string;
  /** Header that carries the id_token. */
  readonly apiAuthHeader: string;
  /** Space-separated OAuth scopes. */
  readonly scopes: string;
  /** How the API is guarded (contract/api-modes.ts); the SPA sends what that mode needs. */
  readonly apiAuth: ApiAuthMode;
  /** Which token goes to the API: the ID token or the access token. */
  readonly apiToken: ApiTokenMode;
  /** apiAuth `iam` only: the identity pool that turns the ID token into credentials. */
  readonly identityPoolId?: string;
  /**
   * apiAuth `iam` only: the Cognito Identity JSON API (`https://cognito-identity.{region}.amazonaws.com`
   * on AWS, the emulator's own origin offline, where it answers beside the user pool API).
   */
  readonly identityEndpoint?: string;
  /**
   * The pool's external identity providers, by ProviderName, that the sign-in pages offer as
   * "Continue with <name>" (`identity_provider` on /oauth2/authorize). Present only when the
   * app client allows one: offline the local test IdP's `Google`, on AWS the stage's provider.
   */
  readonly identityProviders?: readonly string[];
}

export const runtimeConfigKeys = [
  'region',
  'userPoolId',
  'clientId',
  'authority',
  'domain',
  'redirectUri',
  'logoutUri',
  'apiUrl',
  'apiAuthHeader',
  'scopes',
  'apiAuth',
  'apiToken',
] as const satisfies readonly (keyof RuntimeConfig)[];

/** Keys present only in some modes (apiAuth `iam`); the SPA requires them there. */
export const iamRuntimeConfigKeys = [
  'identityPoolId',
  'identityEndpoint',
] as const satisfies readonly (keyof RuntimeConfig)[];

/** Present only where the pool has external identity providers (a JSON list of names). */
export const federationRuntimeConfigKeys = [
  'identityProviders',
] as const satisfies readonly (keyof RuntimeConfig)[];

/** How many "Continue with …" buttons config.json may ask for. */
export const maxIdentityProviders = 5;

export const defaultApiAuthHeader = 'Authorization';
/**
 * What the SPA asks for. `aws.cognito.signin.user.admin` lets its access token call the User
 * Pools JSON API for the user's own attributes (Profile's UpdateUserAttributes); the
 * `transactions/*` scopes let it call the API with that token (apiToken `access`).
 */
export const defaultScopes =
  'openid email profile aws.cognito.signin.user.admin transactions/read transactions/write';
