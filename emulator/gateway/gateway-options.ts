// The local gateway's options, their defaults, and the one place they are validated.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { RouteDefinition } from '../../api/route-table';
import { systemClock } from '../../contract/clock';
import type { Clock } from '../../contract/clock';
import type { JwksSource } from './create-jwks-store';
import type { GatewayAuthorizers } from './gateway-authorizer';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import { apiAuthModes, apiModeProblem, apiTokenModes } from '../../contract/api-modes';
import { MAX_PAYLOAD_BYTES } from './read-request-body';
import * as z from 'zod/mini';
import { ConfigError } from '../../contract/config-error';
import { parseConfig } from '../../contract/parse-config';
import { isOrigin, parseHttpUrl } from '../../contract/url-shapes';

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
  /**
   * How signed-in routes are guarded (api/route-table.ts `methodAuthorization`); default
   * `cognito`. The Cognito authorizer is built in; `iam` and `lambda` need `authorizers`.
   */
  readonly apiAuth?: ApiAuthMode;
  /**
   * Which token signed-in Cognito methods take (api/route-table.ts `methodScopes`); default
   * `id`. `access`: each method has its OAuth scopes and takes only access tokens carrying one.
   */
  readonly apiToken?: ApiTokenMode;
  /** Authorizers for the AWS_IAM and CUSTOM method types (or a replacement Cognito one). */
  readonly authorizers?: GatewayAuthorizers;
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
  /**
   * The most of a body the gateway holds for the integration (default: API Gateway's 10 MB). A
   * longer body is not buffered: its first `integrationBodyBytes + 1` bytes go to the handler,
   * which refuses them on size with its own answer, as it would the whole body on AWS.
   */
  readonly integrationBodyBytes?: number;
  /**
   * listen() only: how long a client may take to send its headers (default 10 000 ms) and its
   * whole request (default 30 000 ms, as the Cognito server) before Node answers 408 and closes.
   */
  readonly headersTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
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
  Omit<GatewayOptions, 'audience' | 'unsafeAuthorizerOff' | 'authorizers'>
> &
  Pick<GatewayOptions, 'audience' | 'unsafeAuthorizerOff' | 'authorizers'>;

/** The options a caller can get wrong, as they appear in GatewayConfigError's problem paths. */
export type GatewayConfigProblem =
  | 'routes'
  | 'stage'
  | 'apiAuth'
  | 'apiToken'
  | 'authorizers'
  | 'issuer'
  | 'authHeader'
  | 'audience'
  | 'allowedOrigins'
  | 'cacheTtlSeconds'
  | 'integrationTimeoutMs'
  | 'integrationBodyBytes'
  | 'headersTimeoutMs'
  | 'requestTimeoutMs';

/** Thrown by createGateway when options are wrong; `problems` names every bad option. */
export class GatewayConfigError extends ConfigError {
  override readonly name: string = 'GatewayConfigError';
  override readonly code: string = 'GATEWAY_CONFIG_INVALID';
}

const isIssuer = (value: string): boolean =>
  !value.endsWith('/') && parseHttpUrl(value) !== undefined;

// The values createGateway checks; functions (invoke, getJwks, clock, …) are typed, not checked.
// Each option has one message and every check on it aborts, so a wrong option is one problem.
/** One aborting zod rule with the message `{option} must be {what}` (shared option style). */
export const optionRule = (option: string, what: string) => ({
  error: `${option} must be ${what}`,
  abort: true,
});
const expected = (option: GatewayConfigProblem, what: string) => optionRule(option, what);
const routesRule = expected('routes', 'a non-empty route table');
const stageRule = expected('stage', '1-128 letters, digits, "_" or "-"');
const issuerRule = expected('issuer', 'an http(s) URL without a trailing slash');
const authHeaderRule = expected('authHeader', 'an HTTP header name');
const audienceRule = expected('audience', 'a non-empty client id when set');
const originsRule = expected('allowedOrigins', 'exact origins such as http://localhost:5173');
const ttlRule = expected('cacheTtlSeconds', 'an integer 0-3600');
const timeoutRule = expected(
  'integrationTimeoutMs',
  'a number of milliseconds, above 0, at most 900000',
);
const bodyBytesRule = expected('integrationBodyBytes', 'an integer 1-10485760 bytes');

const headersTimeoutRule = expected('headersTimeoutMs', 'an integer 1-300000 milliseconds');
const requestTimeoutRule = expected(
  'requestTimeoutMs',
  'an integer 1-300000 milliseconds, at least headersTimeoutMs',
);

const optionsSchema = z.object({
  routes: z.array(z.unknown(), routesRule).check(z.minLength(1, routesRule)),
  stage: z._default(
    z.string(stageRule).check(z.regex(/^[A-Za-z0-9_-]{1,128}$/, stageRule)),
    'local',
  ),
  apiAuth: z._default(
    z.enum(apiAuthModes, {
      error: (issue) => apiModeProblem('apiAuth', apiAuthModes, issue.input),
    }),
    'cognito',
  ),
  apiToken: z._default(
    z.enum(apiTokenModes, {
      error: (issue) => apiModeProblem('apiToken', apiTokenModes, issue.input),
    }),
    'id',
  ),
  issuer: z.string(issuerRule).check(z.refine(isIssuer, issuerRule)),
  authHeader: z._default(
    z.string(authHeaderRule).check(z.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, authHeaderRule)),
    'Authorization',
  ),
  audience: z.optional(z.string(audienceRule).check(z.minLength(1, audienceRule))),
  // One problem for the list, as the option is what the caller fixes.
  allowedOrigins: z
    .array(z.string(originsRule), originsRule)
    .check(z.refine((origins) => origins.every(isOrigin), originsRule)),
  cacheTtlSeconds: z._default(z.int(ttlRule).check(z.gte(0, ttlRule), z.lte(3600, ttlRule)), 300),
  integrationTimeoutMs: z._default(
    z.number(timeoutRule).check(z.gt(0, timeoutRule), z.lte(900_000, timeoutRule)),
    29_000,
  ),
  integrationBodyBytes: z._default(
    z.int(bodyBytesRule).check(z.gte(1, bodyBytesRule), z.lte(MAX_PAYLOAD_BYTES, bodyBytesRule)),
    MAX_PAYLOAD_BYTES,
  ),
  headersTimeoutMs: z._default(
    z
      .int(headersTimeoutRule)
      .check(z.gte(1, headersTimeoutRule), z.lte(300_000, headersTimeoutRule)),
    10_000,
  ),
  requestTimeoutMs: z._default(
    z
      .int(requestTimeoutRule)
      .check(z.gte(1, requestTimeoutRule), z.lte(300_000, requestTimeoutRule)),
    30_000,
  ),
});

/** Applies defaults and validates; throws GatewayConfigError listing every problem. */
export function resolveGatewayOptions(options: GatewayOptions): ResolvedGatewayOptions {
  const checkedValues = parseConfig(optionsSchema, options, 'gateway options', GatewayConfigError);
  // Node refuses a header timeout above the request timeout; say so in our own words.
  if (checkedValues.headersTimeoutMs > checkedValues.requestTimeoutMs) {
    throw new GatewayConfigError('gateway options', [
      { path: 'requestTimeoutMs', message: requestTimeoutRule.error },
    ]);
  }
  // API Gateway matches identityValidationExpression against `aud`, which access tokens lack:
  // every call would be refused, so say so at start instead.
  if (checkedValues.apiToken === 'access' && checkedValues.audience !== undefined) {
    throw new GatewayConfigError('gateway options', [
      {
        path: 'audience',
        message:
          "audience pins the ID token's aud, which access tokens lack: leave it unset with apiToken access",
      },
    ]);
  }
  return {
    clock: systemClock,
    log: () => undefined,
    newId: randomUUID,
    jwksRefreshCooldownMs: 1000,
    accountId: '123456789012',
    apiId: 'localapi01',
    region: 'local',
    functionName: 'transactions-api',
    ...options,
    ...checkedValues,
    routes: options.routes,
  };
}
