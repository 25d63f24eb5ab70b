// The Lambda's configuration, read once from the environment at the edge and validated as a
// whole, so a bad deployment fails at cold start with every problem listed.

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
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid API configuration:\n- ${problems.join('\n- ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Reads and validates the API's config from `env`; throws ConfigError listing every problem. */
export function loadConfig(env: Env): ApiConfig {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim() ?? '';
    if (value === '') problems.push(`${name} is required.`);
    return value;
  };

  const tableName = required('TABLE_NAME');
  if (tableName !== '' && !/^[A-Za-z0-9_.-]{3,255}$/.test(tableName)) {
    problems.push('TABLE_NAME must be 3–255 characters of letters, digits, "_", "-" or ".".');
  }

  const expectedIssuer = required('EXPECTED_ISSUER');
  if (expectedIssuer !== '' && !isServiceUrl(expectedIssuer)) {
    problems.push(
      'EXPECTED_ISSUER must be an https URL without a trailing slash (http only for localhost).',
    );
  }

  const expectedClientId = required('EXPECTED_CLIENT_ID');
  if (expectedClientId !== '' && !/^[\w+]{1,128}$/.test(expectedClientId)) {
    problems.push('EXPECTED_CLIENT_ID must be an app client id (letters, digits, "_", "+").');
  }

  const allowedOrigins = required('ALLOWED_ORIGINS')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin)) {
      problems.push(
        `ALLOWED_ORIGINS entry "${origin}" is not an origin like https://app.example.com ("*" is not allowed).`,
      );
    }
  }

  const endpoint = env['DYNAMODB_ENDPOINT']?.trim();
  if (endpoint !== undefined && endpoint !== '' && !isUrl(endpoint)) {
    problems.push('DYNAMODB_ENDPOINT must be an http(s) URL when set.');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    tableName,
    expectedIssuer,
    expectedClientId,
    allowedOrigins,
    ...(endpoint ? { dynamoDbEndpoint: endpoint } : {}),
  };
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isUrl(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && (url.protocol === 'https:' || url.protocol === 'http:');
}

function isServiceUrl(value: string): boolean {
  const url = parseUrl(value);
  if (!url || value.endsWith('/') || url.search !== '' || url.hash !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}

function isOrigin(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && isUrl(value) && url.origin === value;
}
