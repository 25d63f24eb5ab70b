import type { RuntimeConfig } from '../contract/runtime-config';
import { defaultApiAuthHeader, defaultScopes } from '../contract/runtime-config';
import { parseConfig } from '../contract/parse-config';
import type { Clock } from '../contract/clock';
import { emulatorOptionsSchema, InvalidEmulatorOptionsError } from './emulator-options-schema';
import {
  allScopes,
  cognitoDefaultPasswordPolicy,
  defaultClientId,
  defaultRegion,
  defaultUserPoolId,
  type PoolConfig,
} from './cognito/pool-config';

export interface EmulatorOptions {
  /** Interface to listen on; default '127.0.0.1' (loopback unless told otherwise). */
  host?: string;
  /** Default 9229; 0 = ephemeral (tests). */
  cognitoPort?: number;
  /** Default '.local'; null = keep everything in memory (tests). */
  dataDir?: string | null;
  /** Empty the emulator's data folder first. */
  reset?: boolean;
  appOrigins?: readonly string[];
  /** Callback URLs = origin + base + 'callback'; sign-out URLs = origin + base + 'signed-out'. */
  appBasePaths?: readonly string[];
  /**
   * The offline Transactions API (DynamoDB Local + the real handler + the local gateway):
   * `{ port }` (default 9230; 0 = ephemeral) or `false` to run Cognito alone. When it runs,
   * config.json's apiUrl is the gateway's URL.
   */
  api?: false | { port?: number };
  /** apiUrl written to config.json when `api` is false (e.g. an API elsewhere). */
  apiUrl?: string;
  apiAuthHeader?: string;
  tokenLifetimes?: {
    idTokenSeconds?: number;
    accessTokenSeconds?: number;
    refreshTokenSeconds?: number;
  };
  /** Deliberately stricter than Cognito by default: code requests must carry an S256 challenge. */
  requirePkce?: boolean;
  /**
   * The one time source of the whole stack (Cognito, mailbox, gateway, the API's routes); default
   * the system clock. Tests pass a manual clock and move it to watch expiry and lockouts.
   */
  clock?: Clock;
  /** Console by default; mailbox messages are printed here. */
  log?: (line: string) => void;
}

export { InvalidEmulatorOptionsError };

export interface ResolvedOptions {
  host: string;
  cognitoPort: number;
  dataDir: string | null;
  reset: boolean;
  appOrigins: readonly string[];
  appBasePaths: readonly string[];
  api: false | { port: number };
  apiUrl: string;
  apiAuthHeader: string;
  idTokenSeconds: number;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  requirePkce: boolean;
}

/** Applies defaults and validates everything at once; throws a list of every problem. */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const r: ResolvedOptions = {
    host: options.host ?? '127.0.0.1',
    cognitoPort: options.cognitoPort ?? 9229,
    dataDir: options.dataDir === undefined ? '.local' : options.dataDir,
    reset: options.reset ?? false,
    appOrigins: options.appOrigins ?? ['http://localhost:5173', 'http://localhost:4173'],
    appBasePaths: options.appBasePaths ?? ['/', '/app/'],
    api: options.api === false ? false : { port: options.api?.port ?? 9230 },
    apiUrl: options.apiUrl ?? 'http://127.0.0.1:9230/local',
    apiAuthHeader: options.apiAuthHeader ?? defaultApiAuthHeader,
    idTokenSeconds: options.tokenLifetimes?.idTokenSeconds ?? 3600,
    accessTokenSeconds: options.tokenLifetimes?.accessTokenSeconds ?? 3600,
    refreshTokenSeconds: options.tokenLifetimes?.refreshTokenSeconds ?? 30 * 86_400,
    requirePkce: options.requirePkce ?? true,
  };
  parseConfig(
    emulatorOptionsSchema,
    {
      ...r,
      tokenLifetimes: {
        idTokenSeconds: r.idTokenSeconds,
        accessTokenSeconds: r.accessTokenSeconds,
        refreshTokenSeconds: r.refreshTokenSeconds,
      },
    },
    'emulator options',
    InvalidEmulatorOptionsError,
  );
  return r;
}

/** The pool behind the emulator, once the listening port (and so the URLs) is known. */
export function buildPoolConfig(r: ResolvedOptions, domain: string): PoolConfig {
  const urls = (suffix: string) =>
    r.appOrigins.flatMap((o) => r.appBasePaths.map((b) => `${o}${b}${suffix}`));
  return {
    region: defaultRegion,
    userPoolId: defaultUserPoolId,
    domain,
    issuer: `${domain}/${defaultUserPoolId}`,
    clients: [
      {
        clientId: defaultClientId,
        clientName: 'spa',
        callbackUrls: urls('callback'),
        logoutUrls: urls('signed-out'),
        allowedOAuthFlows: ['code', 'implicit'],
        allowedOAuthScopes: allScopes,
        explicitAuthFlows: [
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_ADMIN_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
          'ALLOW_USER_SRP_AUTH',
        ],
        requirePkce: r.requirePkce,
        idTokenSeconds: r.idTokenSeconds,
        accessTokenSeconds: r.accessTokenSeconds,
        refreshTokenSeconds: r.refreshTokenSeconds,
      },
    ],
    passwordPolicy: cognitoDefaultPasswordPolicy,
    preventUserExistenceErrors: true,
    hostedSessionSeconds: 3600,
    authSessionSeconds: 180,
    authCodeSeconds: 300,
    signUpCodeSeconds: 86_400,
    resetCodeSeconds: 3600,
    freeFailedSignIns: 5,
    codeAttempts: 5,
    advertiseEndSession: true,
  };
}

export class UnknownAppLocationError extends Error {
  readonly code = 'UnknownAppLocation';
  constructor(message: string) {
    super(message);
    this.name = 'UnknownAppLocationError';
  }
}

/** config.json for an SPA at origin + base path; both must be registered. */
export function buildRuntimeConfig(
  r: ResolvedOptions,
  pool: PoolConfig,
  appOrigin: string,
  basePath = '/',
): RuntimeConfig {
  if (!r.appOrigins.includes(appOrigin)) {
    throw new UnknownAppLocationError(
      `origin "${appOrigin}" is not one of the app origins: ${r.appOrigins.join(', ')}`,
    );
  }
  if (!r.appBasePaths.includes(basePath)) {
    throw new UnknownAppLocationError(
      `base path "${basePath}" is not one of: ${r.appBasePaths.join(', ')}`,
    );
  }
  return {
    region: pool.region,
    userPoolId: pool.userPoolId,
    clientId: pool.clients[0]!.clientId,
    authority: pool.issuer,
    domain: pool.domain,
    redirectUri: `${appOrigin}${basePath}callback`,
    logoutUri: `${appOrigin}${basePath}signed-out`,
    apiUrl: r.apiUrl,
    apiAuthHeader: r.apiAuthHeader,
    scopes: defaultScopes,
  };
}
