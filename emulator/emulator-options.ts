import type { RuntimeConfig } from '../contract/runtime-config';
import { defaultApiAuthHeader, defaultScopes } from '../contract/runtime-config';
import { userPoolDefinition as product } from '../contract/user-pool-definition';
import type { AppClientRequest } from './cognito/app-client-from-request';
import type { Clock } from './cognito/clock';
import type { PoolConfig } from './cognito/pool-config';

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
   * More app clients beside the product's (which comes first, from
   * contract/user-pool-definition.ts), in CreateUserPoolClient's shape with Cognito's defaults:
   * tests use them for what Cognito allows and the product does not, e.g. the implicit grant.
   */
  appClients?: readonly AppClientRequest[];
  clock?: Clock;
  /** Console by default; mailbox messages are printed here. */
  log?: (line: string) => void;
}

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
  appClients: readonly AppClientRequest[];
}

export class InvalidEmulatorOptionsError extends Error {
  readonly code = 'InvalidEmulatorOptions';
  constructor(readonly problems: string[]) {
    super(`Invalid emulator options:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidEmulatorOptionsError';
  }
}

const int = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Applies defaults and validates everything at once; throws a list of every problem. */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const problems: string[] = [];
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
    idTokenSeconds: options.tokenLifetimes?.idTokenSeconds ?? product.client.idTokenMinutes * 60,
    accessTokenSeconds:
      options.tokenLifetimes?.accessTokenSeconds ?? product.client.accessTokenMinutes * 60,
    refreshTokenSeconds:
      options.tokenLifetimes?.refreshTokenSeconds ?? product.client.refreshTokenDays * 86_400,
    requirePkce: options.requirePkce ?? true,
    appClients: options.appClients ?? [],
  };
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(r.host))
    problems.push(`host "${r.host}" is not a host name or IP address`);
  if (!int(r.cognitoPort, 0, 65535))
    problems.push(`cognitoPort must be an integer 0-65535 (got ${String(r.cognitoPort)})`);
  if (r.api !== false && !int(r.api.port, 0, 65535))
    problems.push(`api.port must be an integer 0-65535 (got ${String(r.api.port)})`);
  if (r.dataDir !== null && (typeof r.dataDir !== 'string' || r.dataDir.trim() === ''))
    problems.push('dataDir must be a folder path or null');
  if (r.appOrigins.length === 0) problems.push('appOrigins must list at least one origin');
  for (const o of r.appOrigins) {
    let ok: boolean;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o;
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `appOrigins entry "${o}" must be an origin like http://localhost:5173 (no path, no trailing slash)`,
      );
  }
  for (const b of r.appBasePaths) {
    if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(b))
      problems.push(`appBasePaths entry "${b}" must start and end with "/"`);
  }
  try {
    if (!/^https?:$/.test(new URL(r.apiUrl).protocol))
      problems.push('apiUrl must be an http(s) URL');
  } catch {
    problems.push(`apiUrl "${r.apiUrl}" is not a URL`);
  }
  if (!/^[A-Za-z0-9-]{1,64}$/.test(r.apiAuthHeader))
    problems.push('apiAuthHeader must be an HTTP header name');
  // Cognito allows 5 min - 1 day; shorter is allowed here so tests can watch expiry.
  if (!int(r.idTokenSeconds, 1, 86_400))
    problems.push('tokenLifetimes.idTokenSeconds must be an integer 1-86400');
  if (!int(r.accessTokenSeconds, 1, 86_400))
    problems.push('tokenLifetimes.accessTokenSeconds must be an integer 1-86400');
  if (!int(r.refreshTokenSeconds, 1, 3650 * 86_400))
    problems.push('tokenLifetimes.refreshTokenSeconds must be an integer 1-315360000');
  if (problems.length > 0) throw new InvalidEmulatorOptionsError(problems);
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
