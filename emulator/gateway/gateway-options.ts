// The local gateway's options, their defaults, and the one place they are validated.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { RouteDefinition } from '../../api/route-table';
import { systemClock } from '../../contract/clock';
import type { Clock } from '../../contract/clock';
import type { JwksSource } from './create-jwks-store';

/** The Lambda handler, called in-process. Its result is validated, so `unknown` is tolerated. */
export type ProxyInvoke = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult | unknown>;

export interface GatewayOptions {
  /** From api/route-table.ts. */
  readonly routes: readonly RouteDefinition[];
  readonly invoke: ProxyInvoke;
  /** Stage name; the API is served under `/{stage}`. Default `local`. */
  readonly stage?: string;
  /** The pool's issuer (`iss`), the local stand-in for the authorizer's providerARNs. */
  readonly issuer: string;
  /** The pool's public keys; re-read when a token names an unknown kid (rotation). */
  readonly getJwks: JwksSource;
  /** identitySource header name, looked up case-insensitively. Default `Authorization`. */
  readonly authHeader?: string;
  /** Optional pin on `aud` (AWS: identityValidationExpression). AWS does not pin by default. */
  readonly audience?: string;
  /** Exact origins that get CORS headers on preflights and on gateway-generated responses. */
  readonly allowedOrigins: readonly string[];
  /** Authorizer result cache TTL, 0–3600; default 300. Never outlives a token's `exp`. */
  readonly cacheTtlSeconds?: number;
  /** Integration timeout; default 29 000 ms → 504. */
  readonly integrationTimeoutMs?: number;
  readonly clock?: Clock;
  /** Receives one JSON access-log line per request; tokens, bodies and query strings are never in it. */
  readonly log?: (line: string) => void;
  /** Request ids (x-amzn-RequestId and awsRequestId). Default `crypto.randomUUID`. */
  readonly newId?: () => string;
  /** Minimum time between JWKS re-reads caused by unknown kids. Default 1000 ms. */
  readonly jwksRefreshCooldownMs?: number;
  /**
   * BENCHMARK ONLY: skip the authorizer and hand every request these claims, to measure what the
   * authorizer costs. Never set this in `npm run dev` or tests of security behaviour.
   */
  readonly unsafeAuthorizerOff?: { readonly claims: Readonly<Record<string, unknown>> };
  readonly accountId?: string;
  readonly apiId?: string;
  readonly region?: string;
  readonly functionName?: string;
}

export type ResolvedGatewayOptions = Required<
  Omit<GatewayOptions, 'audience' | 'unsafeAuthorizerOff'>
> &
  Pick<GatewayOptions, 'audience' | 'unsafeAuthorizerOff'>;

export type GatewayConfigProblem =
  | 'routes'
  | 'stage'
  | 'issuer'
  | 'authHeader'
  | 'audience'
  | 'allowedOrigins'
  | 'cacheTtlSeconds'
  | 'integrationTimeoutMs';

/** Thrown by createGateway when options are wrong; `problems` names every bad option. */
export class GatewayConfigError extends Error {
  readonly code = 'GATEWAY_CONFIG_INVALID';
  constructor(readonly problems: readonly GatewayConfigProblem[]) {
    super(`Invalid gateway options: ${problems.join(', ')}`);
    this.name = 'GatewayConfigError';
  }
}

const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
};

const isIssuer = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.endsWith('/')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Applies defaults and validates; throws GatewayConfigError listing every problem. */
export function resolveGatewayOptions(options: GatewayOptions): ResolvedGatewayOptions {
  const resolved: ResolvedGatewayOptions = {
    stage: 'local',
    authHeader: 'Authorization',
    cacheTtlSeconds: 300,
    integrationTimeoutMs: 29_000,
    clock: systemClock,
    log: () => undefined,
    newId: randomUUID,
    jwksRefreshCooldownMs: 1000,
    accountId: '123456789012',
    apiId: 'localapi01',
    region: 'local',
    functionName: 'transactions-api',
    ...options,
  };
  const problems: GatewayConfigProblem[] = [];
  if (!Array.isArray(resolved.routes) || resolved.routes.length === 0) problems.push('routes');
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(resolved.stage)) problems.push('stage');
  if (!isIssuer(resolved.issuer)) problems.push('issuer');
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(resolved.authHeader)) problems.push('authHeader');
  if (
    resolved.audience !== undefined &&
    (typeof resolved.audience !== 'string' || resolved.audience === '')
  ) {
    problems.push('audience');
  }
  if (!Array.isArray(resolved.allowedOrigins) || !resolved.allowedOrigins.every(isOrigin)) {
    problems.push('allowedOrigins');
  }
  const ttl = resolved.cacheTtlSeconds;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > 3600) problems.push('cacheTtlSeconds');
  const timeout = resolved.integrationTimeoutMs;
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 900_000)
    problems.push('integrationTimeoutMs');
  if (problems.length > 0) throw new GatewayConfigError(problems);
  return resolved;
}
