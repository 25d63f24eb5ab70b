import type { RuntimeConfig } from '../contract/runtime-config';
import { defaultApiAuthHeader, defaultScopes } from '../contract/runtime-config';
import { parseConfig } from '../contract/parse-config';
import type { ApiAuthMode, ApiTokenMode } from '../contract/api-modes';
import { defaultApiAuth, defaultApiToken } from '../contract/api-modes';
import type { Clock } from '../contract/clock';
import { identityPoolDefinition } from '../contract/identity-pool-definition';
import {
  cognitoProvider,
  userPoolDefinition as product,
  type TriggerName,
} from '../contract/user-pool-definition';
import { cognitoTriggerTimeoutMs } from './cognito/triggers/pool-triggers';
import type { AppClientRequest } from './cognito/app-client-from-request';
import type { PoolConfig } from './cognito/pool-config';
import { emulatorOptionsSchema, InvalidEmulatorOptionsError } from './emulator-options-schema';

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
  api?: false | { port?: number; sharedDynamoDbEndpoint?: string };
  /** apiUrl written to config.json when `api` is false (e.g. an API elsewhere). */
  apiUrl?: string;
  apiAuthHeader?: string;
  /** How the offline API guards its routes (contract/api-modes.ts); default `cognito`. */
  apiAuth?: ApiAuthMode;
  /** Which token the SPA sends the API; default `id`. */
  apiToken?: ApiTokenMode;
  tokenLifetimes?: {
    idTokenSeconds?: number;
    accessTokenSeconds?: number;
    refreshTokenSeconds?: number;
    /** Identity pool credentials (apiAuth `iam`); default 3600 as on AWS, shorter for tests. */
    credentialsSeconds?: number;
  };
  /** Deliberately stricter than Cognito by default: code requests must carry an S256 challenge. */
  requirePkce?: boolean;
  /**
   * More app clients beside the product's (which comes first, from
   * contract/user-pool-definition.ts), in CreateUserPoolClient's shape with Cognito's defaults:
   * tests use them for what Cognito allows and the product does not, e.g. the implicit grant.
   */
  appClients?: readonly AppClientRequest[];
  /**
   * The one time source of the whole stack (Cognito, mailbox, gateway, the API's routes); default
   * the system clock. Tests pass a manual clock and move it to watch expiry and lockouts.
   */
  clock?: Clock;
  /** Console by default; mailbox messages are printed here. */
  log?: (line: string) => void;
  /**
   * The environment the product's Lambda triggers read (SIGNUP_ALLOWED_DOMAINS,
   * SIGNUP_AUTO_CONFIRM_DOMAINS); `npm run dev` and `npm run emulator` pass their own through.
   */
  triggerEnvironment?: Readonly<Record<string, string>>;
  /** A developer's own trigger files (exporting `handler`) in place of the product's. */
  triggers?: Readonly<Partial<Record<TriggerName, string>>>;
  /** Wall time per trigger attempt; Cognito's is a fixed 5000 ms (tests shorten it). */
  triggerTimeoutMs?: number;
  /**
   * The local test IdP (`/_test-idp`) serving the pool definition's identity providers
   * ("Continue with Google"); default on.
   */
  testIdp?: boolean;
}

export { InvalidEmulatorOptionsError };

export interface ResolvedOptions {
  host: string;
  cognitoPort: number;
  dataDir: string | null;
  reset: boolean;
  appOrigins: readonly string[];
  appBasePaths: readonly string[];
  api: false | { port: number; sharedDynamoDbEndpoint?: string };
  apiUrl: string;
  apiAuthHeader: string;
  apiAuth: ApiAuthMode;
  apiToken: ApiTokenMode;
  idTokenSeconds: number;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  credentialsSeconds: number;
  requirePkce: boolean;
  appClients: readonly AppClientRequest[];
  triggerEnvironment: Readonly<Record<string, string>>;
  triggers: Readonly<Partial<Record<TriggerName, string>>>;
  triggerTimeoutMs: number;
  testIdp: boolean;
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
    api:
      options.api === false
        ? false
        : {
            port: options.api?.port ?? 9230,
            ...(options.api?.sharedDynamoDbEndpoint === undefined
              ? {}
              : { sharedDynamoDbEndpoint: options.api.sharedDynamoDbEndpoint }),
          },
    apiUrl: options.apiUrl ?? 'http://127.0.0.1:9230/local',
    apiAuthHeader: options.apiAuthHeader ?? defaultApiAuthHeader,
    apiAuth: options.apiAuth ?? defaultApiAuth,
    apiToken: options.apiToken ?? defaultApiToken,
    idTokenSeconds: options.tokenLifetimes?.idTokenSeconds ?? product.client.idTokenMinutes * 60,
    accessTokenSeconds:
      options.tokenLifetimes?.accessTokenSeconds ?? product.client.accessTokenMinutes * 60,
    refreshTokenSeconds:
      options.tokenLifetimes?.refreshTokenSeconds ?? product.client.refreshTokenDays * 86_400,
    credentialsSeconds:
      options.tokenLifetimes?.credentialsSeconds ?? identityPoolDefinition.credentialsSeconds,
    requirePkce: options.requirePkce ?? true,
    appClients: options.appClients ?? [],
    triggerEnvironment: options.triggerEnvironment ?? {},
    triggers: options.triggers ?? {},
    triggerTimeoutMs: options.triggerTimeoutMs ?? cognitoTriggerTimeoutMs,
    testIdp: options.testIdp ?? true,
  };
  parseConfig(
    emulatorOptionsSchema,
    {
      ...r,
      tokenLifetimes: {
        idTokenSeconds: r.idTokenSeconds,
        accessTokenSeconds: r.accessTokenSeconds,
        refreshTokenSeconds: r.refreshTokenSeconds,
        credentialsSeconds: r.credentialsSeconds,
      },
    },
    'emulator options',
    InvalidEmulatorOptionsError,
  );
  return r;
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
  const client = pool.clients[0]!;
  // What the product client allows besides the pool's own users: the local test IdP's names.
  const identityProviders = client.identityProviders.filter((name) => name !== cognitoProvider);
  return {
    region: pool.region,
    userPoolId: pool.userPoolId,
    clientId: client.clientId,
    authority: pool.issuer,
    domain: pool.domain,
    redirectUri: `${appOrigin}${basePath}callback`,
    logoutUri: `${appOrigin}${basePath}signed-out`,
    apiUrl: r.apiUrl,
    apiAuthHeader: r.apiAuthHeader,
    scopes: defaultScopes,
    apiAuth: r.apiAuth,
    apiToken: r.apiToken,
    // The identity pool JSON API answers on the emulator's own origin, beside the user pool's.
    ...(r.apiAuth === 'iam'
      ? {
          identityPoolId: identityPoolDefinition.localIdentityPoolId,
          identityEndpoint: pool.domain,
        }
      : {}),
    ...(identityProviders.length > 0 ? { identityProviders } : {}),
  };
}
