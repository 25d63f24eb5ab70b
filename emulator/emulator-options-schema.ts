// What resolveOptions accepts, as a zod/mini schema over the options once defaults are applied,
// shaped as the caller wrote them so each problem's path is the option to fix.
import * as z from 'zod/mini';
import { ConfigError, quoteConfigValue } from '../contract/config-error';
import { isOrigin, parseHttpUrl } from '../contract/url-shapes';
import { apiAuthModes, apiModeProblem, apiModesProblem } from '../contract/api-modes';
import { apiTokenModes } from '../contract/api-modes';
import { triggerNames } from '../contract/user-pool-definition';

/** Thrown by createEmulator/resolveOptions; `problems` lists every wrong option at once. */
export class InvalidEmulatorOptionsError extends ConfigError {
  override readonly name: string = 'InvalidEmulatorOptionsError';
  override readonly code: string = 'InvalidEmulatorOptions';
}

const port = (option: string) => {
  const error = (issue: { readonly input?: unknown }) =>
    `${option} must be an integer 0-65535 (got ${String(issue.input)})`;
  return z.int({ error }).check(z.gte(0, { error, abort: true }), z.lte(65535, { error }));
};

// Cognito allows 5 min - 1 day; shorter is allowed here so tests can watch expiry.
const seconds = (option: string, max: number) => {
  const rule = { error: `tokenLifetimes.${option} must be an integer 1-${max}`, abort: true };
  return z.int(rule).check(z.gte(1, rule), z.lte(max, rule));
};

const apiUrlProblem = (value: string): string | undefined => {
  try {
    new URL(value);
  } catch {
    return `apiUrl ${quoteConfigValue(value)} is not a URL`;
  }
  return parseHttpUrl(value) ? undefined : 'apiUrl must be an http(s) URL';
};

export const emulatorOptionsSchema = z
  .object({
    host: z.string({ error: 'host must be a host name or IP address' }).check(
      z.regex(/^[A-Za-z0-9.:-]{1,253}$/, {
        error: (issue) => `host ${quoteConfigValue(issue.input)} is not a host name or IP address`,
      }),
    ),
    cognitoPort: port('cognitoPort'),
    // `false` (no API) as null, so a bad port is reported as api.port and not as a failed union.
    api: z.pipe(
      z.transform((api: unknown) => (api === false ? null : api)),
      z.nullable(
        z.object({
          port: port('api.port'),
          // Tests only; loopback, as every part of the offline stack.
          sharedDynamoDbEndpoint: z.optional(
            z.string().check(
              z.regex(/^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/, {
                error:
                  'api.sharedDynamoDbEndpoint must be a loopback URL such as http://127.0.0.1:8000',
              }),
            ),
          ),
        }),
      ),
    ),
    dataDir: z.nullable(
      z
        .string({ error: 'dataDir must be a folder path or null' })
        .check(
          z.refine((dir) => dir.trim() !== '', { error: 'dataDir must be a folder path or null' }),
        ),
    ),
    appOrigins: z
      .array(
        z.string({ error: 'appOrigins entries must be origins like http://localhost:5173' }).check(
          z.refine(isOrigin, {
            error: (issue) =>
              `appOrigins entry ${quoteConfigValue(issue.input)} must be an origin like http://localhost:5173 (no path, no trailing slash)`,
          }),
        ),
      )
      .check(z.minLength(1, { error: 'appOrigins must list at least one origin' })),
    appBasePaths: z.array(
      z.string({ error: 'appBasePaths entries must be paths that start and end with "/"' }).check(
        z.regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
          error: (issue) =>
            `appBasePaths entry ${quoteConfigValue(issue.input)} must start and end with "/"`,
        }),
      ),
    ),
    apiUrl: z.string({ error: 'apiUrl must be an http(s) URL' }).check(
      z.superRefine((value, context) => {
        const message = apiUrlProblem(value);
        if (message) context.addIssue({ code: 'custom', message, input: value });
      }),
    ),
    apiAuthHeader: z
      .string({ error: 'apiAuthHeader must be an HTTP header name' })
      .check(
        z.regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'apiAuthHeader must be an HTTP header name' }),
      ),
    apiAuth: z.enum(apiAuthModes, {
      error: (issue) => apiModeProblem('apiAuth', apiAuthModes, issue.input),
    }),
    apiToken: z.enum(apiTokenModes, {
      error: (issue) => apiModeProblem('apiToken', apiTokenModes, issue.input),
    }),
    triggerEnvironment: z
      .record(
        z.string(),
        z.string({ error: 'triggerEnvironment values must be strings' }).check(
          z.maxLength(4096, {
            error: 'triggerEnvironment values must be at most 4096 characters',
          }),
        ),
      )
      .check(
        z.superRefine((env, context) => {
          for (const name of Object.keys(env).filter((n) => !/^[A-Z][A-Z0-9_]{0,63}$/.test(n)))
            context.addIssue({
              code: 'custom',
              path: [name],
              input: name,
              message: `triggerEnvironment name ${quoteConfigValue(name)} must be an environment variable name (A-Z, 0-9, _)`,
            });
        }),
      ),
    triggers: z
      .record(
        z.string(),
        z.string({ error: 'triggers entries must be file paths' }).check(
          z.refine((file) => file.trim() !== '' && file.length <= 1024 && !file.includes('\0'), {
            error: 'triggers entries must be file paths (1-1024 characters)',
          }),
        ),
      )
      .check(
        z.superRefine((files, context) => {
          const known: readonly string[] = triggerNames;
          for (const name of Object.keys(files).filter((n) => !known.includes(n)))
            context.addIssue({
              code: 'custom',
              path: [name],
              input: name,
              message: `triggers key ${quoteConfigValue(name)} must be one of ${triggerNames.join(', ')}`,
            });
        }),
      ),
    triggerTimeoutMs: z
      .int({ error: 'triggerTimeoutMs must be an integer 1-5000' })
      .check(
        z.gte(1, { error: 'triggerTimeoutMs must be an integer 1-5000', abort: true }),
        z.lte(5000, { error: 'triggerTimeoutMs must be an integer 1-5000 (Cognito allows 5 s)' }),
      ),
    testIdp: z.boolean({ error: 'testIdp must be true or false' }),
    tokenLifetimes: z.object({
      idTokenSeconds: seconds('idTokenSeconds', 86_400),
      accessTokenSeconds: seconds('accessTokenSeconds', 86_400),
      refreshTokenSeconds: seconds('refreshTokenSeconds', 3650 * 86_400),
      // STS sessions last at most 12 hours.
      credentialsSeconds: seconds('credentialsSeconds', 43_200),
    }),
  })
  .check(
    // `when`: listed with the other problems even when another option is wrong; a mode that failed
    // its own check is not one of the modes, so it raises no second problem here.
    z.superRefine(
      (options, context) => {
        const { apiAuth, apiToken } = options as { apiAuth: unknown; apiToken: unknown };
        const problem = apiModesProblem(apiAuth, apiToken);
        if (problem)
          context.addIssue({
            code: 'custom',
            path: ['apiToken'],
            input: apiToken,
            message: problem,
          });
      },
      { when: () => true },
    ),
  );
