// The Lambda's configuration, read once from the environment at the edge and validated as a
// whole, so a bad deployment fails at cold start with every problem listed.
import * as z from 'zod/mini';
import { ConfigError } from '../contract/config-error';
import { parseConfig } from '../contract/parse-config';
import { isOrigin, parseHttpUrl } from '../contract/url-shapes';
import { isServiceUrl, requiredVariable } from '../contract/env-rules';
import {
  apiAuthModes,
  apiModeProblem,
  apiModesProblem,
  apiTokenModes,
  defaultApiAuth,
  defaultApiToken,
  isApiAuthMode,
  isApiTokenMode,
} from '../contract/api-modes';
import type { ApiAuthMode, ApiTokenMode } from '../contract/api-modes';

export { ConfigError };

export interface ApiConfig {
  readonly tableName: string;
  /** Issuer the id_token must carry, e.g. https://cognito-idp.{region}.amazonaws.com/{poolId}. */
  readonly expectedIssuer: string;
  /** The SPA's app client id; the id_token's `aud` must equal it. */
  readonly expectedClientId: string;
  /** Exact origins allowed to read responses (CORS). */
  readonly allowedOrigins: readonly string[];
  /** Set only for DynamoDB Local. */
  readonly dynamoDbEndpoint?: string;
  /** Which authorizer guards the routes, so the caller is read from what it fills in. */
  readonly apiAuth: ApiAuthMode;
  /**
   * Which token the Cognito authorizer passes on: `access` makes the handler require an access
   * token carrying the route's scope (api/route-table.ts `methodScopes`). Default `id`.
   */
  readonly apiToken: ApiTokenMode;
}

type Env = Readonly<Record<string, string | undefined>>;

const required = requiredVariable;

const envSchema = z
  .object({
    TABLE_NAME: required('TABLE_NAME').check(
      z.regex(/^[A-Za-z0-9_.-]{3,255}$/, {
        error: 'TABLE_NAME must be 3–255 characters of letters, digits, "_", "-" or ".".',
      }),
    ),
    EXPECTED_ISSUER: required('EXPECTED_ISSUER').check(
      z.refine(isServiceUrl, {
        error:
          'EXPECTED_ISSUER must be an https URL without a trailing slash (http only for localhost).',
      }),
    ),
    EXPECTED_CLIENT_ID: required('EXPECTED_CLIENT_ID').check(
      z.regex(/^[\w+]{1,128}$/, {
        error: 'EXPECTED_CLIENT_ID must be an app client id (letters, digits, "_", "+").',
      }),
    ),
    ALLOWED_ORIGINS: z.pipe(
      z.pipe(
        required('ALLOWED_ORIGINS'),
        z.transform((list: string) =>
          list
            .split(',')
            .map((origin) => origin.trim())
            .filter((origin) => origin !== ''),
        ),
      ),
      z.array(
        z.string().check(
          z.refine(isOrigin, {
            error: (issue) =>
              `ALLOWED_ORIGINS entry "${String(issue.input)}" is not an origin like https://app.example.com ("*" is not allowed).`,
          }),
        ),
      ),
    ),
    // Unset or empty: the Cognito authorizer, as before the modes existed.
    API_AUTH: z.pipe(
      z.transform((value: unknown) =>
        value === undefined || value === '' ? defaultApiAuth : value,
      ),
      z.enum(apiAuthModes, {
        error: (issue) => `${apiModeProblem('API_AUTH', apiAuthModes, issue.input)}.`,
      }),
    ),
    API_TOKEN: z.pipe(
      z.transform((value: unknown) =>
        value === undefined || value === '' ? defaultApiToken : value,
      ),
      z.enum(apiTokenModes, {
        error: (issue) => `${apiModeProblem('API_TOKEN', apiTokenModes, issue.input)}.`,
      }),
    ),
    DYNAMODB_ENDPOINT: z.optional(
      z.string().check(
        z.trim(),
        z.refine((endpoint) => endpoint === '' || parseHttpUrl(endpoint) !== undefined, {
          error: 'DYNAMODB_ENDPOINT must be an http(s) URL when set.',
        }),
      ),
    ),
  })
  .check(
    // `when`: listed with the other problems; modes that failed their own check are skipped.
    z.refine((env) => modesProblem(env) === undefined, {
      error: (issue) => `${modesProblem(issue.input)}.`,
      path: ['API_TOKEN'],
      when: () => true,
    }),
  );

function modesProblem(env: unknown): string | undefined {
  const { API_AUTH: apiAuth, API_TOKEN: apiToken } = env as Record<string, unknown>;
  if (!isApiAuthMode(apiAuth) || !isApiTokenMode(apiToken)) return undefined;
  return apiModesProblem(apiAuth, apiToken, { apiAuth: 'API_AUTH', apiToken: 'API_TOKEN' });
}

/** Reads and validates the API's config from `env`; throws ConfigError listing every problem. */
export function loadConfig(env: Env): ApiConfig {
  const parsed = parseConfig(envSchema, env, 'API configuration');
  const endpoint = parsed.DYNAMODB_ENDPOINT;
  return {
    tableName: parsed.TABLE_NAME,
    expectedIssuer: parsed.EXPECTED_ISSUER,
    expectedClientId: parsed.EXPECTED_CLIENT_ID,
    allowedOrigins: parsed.ALLOWED_ORIGINS,
    apiAuth: parsed.API_AUTH,
    apiToken: parsed.API_TOKEN,
    ...(endpoint ? { dynamoDbEndpoint: endpoint } : {}),
  };
}
