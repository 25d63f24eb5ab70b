// The two switches that say how the Transactions API is protected, read at each edge
// (API_AUTH/API_TOKEN for `npm run dev`, --api-auth/--api-token for `npm run emulator`, the CDK
// stage config, config.json for the SPA) and nowhere else. design.md §8.

/**
 * `cognito`: the Cognito User Pools authorizer (default). `iam`: identity-pool credentials and
 * SigV4 on `AWS_IAM` methods. `lambda`: a REQUEST Lambda authorizer.
 */
export const apiAuthModes = ['cognito', 'iam', 'lambda'] as const;
export type ApiAuthMode = (typeof apiAuthModes)[number];
export const defaultApiAuth: ApiAuthMode = 'cognito';

/** Which token the SPA sends: the ID token (default) or an access token carrying custom scopes. */
export const apiTokenModes = ['id', 'access'] as const;
export type ApiTokenMode = (typeof apiTokenModes)[number];
export const defaultApiToken: ApiTokenMode = 'id';

export const isApiAuthMode = (value: unknown): value is ApiAuthMode =>
  apiAuthModes.some((mode) => mode === value);

export const isApiTokenMode = (value: unknown): value is ApiTokenMode =>
  apiTokenModes.some((mode) => mode === value);

/** A problem sentence for a wrong value of the named setting, the same at every edge. */
export function apiModeProblem(
  setting: string,
  allowed: readonly string[],
  value: unknown,
): string {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return `${setting} must be one of ${allowed.join(', ')} (got ${shown})`;
}

/** How each edge spells the two settings, so a problem names what the person typed. */
export interface ApiModeSettingNames {
  readonly apiAuth: string;
  readonly apiToken: string;
  /** How the setting spells the cognito mode (the CDK context says COGNITO). */
  readonly cognito?: string;
}

/**
 * Why the pair cannot work, or undefined. Access tokens reach the API only through the Cognito
 * authorizer: with `iam` the SPA signs with identity-pool credentials (got for the ID token) and
 * sends no token at all, and the Lambda authorizer (authorizer/) verifies ID tokens only.
 */
export function apiModesProblem(
  apiAuth: ApiAuthMode,
  apiToken: ApiTokenMode,
  names: ApiModeSettingNames = { apiAuth: 'apiAuth', apiToken: 'apiToken' },
): string | undefined {
  if (apiToken === 'id' || apiAuth === 'cognito') return undefined;
  const why =
    apiAuth === 'iam'
      ? 'iam signs requests with identity-pool credentials and sends no token'
      : 'the Lambda authorizer verifies ID tokens only';
  return `${names.apiToken} access needs ${names.apiAuth} ${names.cognito ?? 'cognito'} (${why})`;
}
