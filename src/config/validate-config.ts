// The SPA's edge: config.json checked key by key before the app mounts.
// Hand-written on purpose, not zod/mini as at the Node edges: this runs on the first page, where
// zod/mini costs about 6 KB gzip for a schema of this size (measured with esbuild), a tenth of
// what is left of the 100 KB budget, and the error page needs a display-safe `found` for each
// key, which zod does not produce. The problems still have the one shape every edge reports
// (`path` + `message` from contract/config-error.ts), with the page's columns beside them.
import type { ConfigProblem as SharedConfigProblem } from '../../contract/config-error';
import type { RuntimeConfig } from '../../contract/runtime-config';
import type { iamRuntimeConfigKeys, runtimeConfigKeys } from '../../contract/runtime-config';
import {
  defaultApiAuthHeader,
  defaultScopes,
  maxIdentityProviders,
} from '../../contract/runtime-config';
import {
  apiAuthModes,
  apiModesProblem,
  apiTokenModes,
  defaultApiAuth,
  defaultApiToken,
} from '../../contract/api-modes';

/** One key of config.json that is missing or wrong, worded for the error page. */
export interface ConfigProblem extends SharedConfigProblem {
  readonly key: string;
  readonly expected: string;
  /** A short, display-safe description of what was found. */
  readonly found: string;
}

/** A problem with `key`: the page shows expected/found, logs and other edges read path/message. */
export function configProblem(key: string, expected: string, found: string): ConfigProblem {
  return {
    path: key,
    message: `${key}: expected ${expected}, found ${found}`,
    key,
    expected,
    found,
  };
}

export type ConfigResult =
  | { readonly ok: true; readonly config: RuntimeConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

type KeyRule = (value: string) => string | null;

/**
 * A ProviderName as contract/identity-provider-name.ts checks it (1-32 letters, marks, symbols,
 * digits or punctuation, no `_` at either end, not COGNITO), in one regex: importing that
 * module's worded problems would cost the first page bytes it cannot spare. A test keeps the
 * two in agreement.
 */
export const isProviderName = (name: unknown): boolean =>
  typeof name === 'string' &&
  name !== 'COGNITO' &&
  /^(?!_)[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,32}$(?<!_)/u.test(name);

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

// Plain http is only acceptable on the developer's own machine (the emulator).
const secureUrl: KeyRule = (value) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'an absolute URL such as https://example.com';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return null;
  return 'an https:// URL (http:// only for localhost or 127.0.0.1)';
};

// The callback and sign-out pages are this app's own routes: anything else could never work.
const appUrl =
  (app: AppLocation, route: string): KeyRule =>
  (value) => {
    const expected = `${app.origin}${app.basePath}${route}`;
    if (secureUrl(value)) return `the URL ${expected}`;
    const url = new URL(value);
    if (url.origin !== app.origin || url.pathname !== `${app.basePath}${route}`) {
      return `the URL ${expected}`;
    }
    if (url.search || url.hash) return `the URL ${expected} (no query or fragment)`;
    return null;
  };

// An endpoint the SPA posts to: a base URL, nothing that a path join would carry along.
const endpointUrl: KeyRule = (value) => {
  const insecure = secureUrl(value);
  if (insecure) return insecure;
  const url = new URL(value);
  if (url.search || url.hash || url.username || url.password) {
    return 'a base URL such as https://cognito-identity.eu-west-1.amazonaws.com (no query, fragment or credentials)';
  }
  return null;
};

const pattern =
  (regex: RegExp, expected: string): KeyRule =>
  (value) =>
    regex.test(value) ? null : expected;

const oneOf =
  (allowed: readonly string[]): KeyRule =>
  (value) =>
    allowed.includes(value) ? null : `one of ${allowed.map((v) => `"${v}"`).join(', ')}`;

const scopesRule: KeyRule = (value) => {
  const scopes = value.split(' ');
  if (scopes.some((scope) => !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope))) {
    return 'space-separated scope names, such as "openid email profile"';
  }
  return scopes.includes('openid') ? null : 'a scope list that includes "openid"';
};

/** Where the app is served: its origin and base path (with trailing slash, e.g. `/app/`). */
export interface AppLocation {
  readonly origin: string;
  readonly basePath: string;
}

function rulesFor(app: AppLocation): Record<(typeof runtimeConfigKeys)[number], KeyRule> {
  return {
    region: pattern(
      /^(local|[a-z]{2}(-[a-z]+)+-\d{1,2})$/,
      '"local" or an AWS region such as eu-west-1',
    ),
    userPoolId: pattern(
      /^[\w-]{1,50}_[0-9A-Za-z]{1,50}$/,
      'a user pool id such as eu-west-1_AbC123',
    ),
    clientId: pattern(/^[\w+]{1,128}$/, 'an app client id (letters and digits)'),
    authority: secureUrl,
    domain: secureUrl,
    redirectUri: appUrl(app, 'callback'),
    logoutUri: appUrl(app, 'signed-out'),
    apiUrl: secureUrl,
    apiAuthHeader: pattern(
      /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/,
      'an HTTP header name such as Authorization',
    ),
    scopes: scopesRule,
    apiAuth: oneOf(apiAuthModes),
    apiToken: oneOf(apiTokenModes),
  };
}

// `{region}:{uuid}` as Cognito mints them; the emulator's region is `local`. Not only v4 UUIDs:
// real pool ids have other version nibbles.
const identityPoolIdPattern =
  /^(local|[a-z]{2}(-[a-z]+)+-\d{1,2}):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The keys apiAuth `iam` needs besides the others; in the other modes they are ignored. */
const iamRules: Record<(typeof iamRuntimeConfigKeys)[number], KeyRule> = {
  identityPoolId: pattern(
    identityPoolIdPattern,
    'an identity pool id such as eu-west-1:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  ),
  identityEndpoint: endpointUrl,
};

const optionalKeys: Partial<Record<keyof RuntimeConfig, string>> = {
  apiAuthHeader: defaultApiAuthHeader,
  scopes: defaultScopes,
  apiAuth: defaultApiAuth,
  apiToken: defaultApiToken,
};

/** Describes a value for an error page without echoing large or hostile input verbatim. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty string';
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/**
 * Checks a parsed config.json (or build-time values) against the keys of design §4.
 * `app` is where the page is served: the callback and sign-out URLs must be its own routes, or
 * the sign-in state stored before the redirect could never be found again.
 */
export function validateRuntimeConfig(raw: unknown, app: AppLocation): ConfigResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [configProblem('config.json', 'a JSON object', describeValue(raw))],
    };
  }
  const input = raw as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const config: Record<string, unknown> = {};
  const check = (rules: Readonly<Record<string, KeyRule>>) => {
    for (const [key, rule] of Object.entries(rules)) {
      let value = input[key];
      const fallback = optionalKeys[key as keyof RuntimeConfig];
      if ((value === undefined || value === '') && fallback !== undefined) value = fallback;
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(configProblem(key, 'a non-empty string', describeValue(value)));
        continue;
      }
      const problem = value.length > 2048 ? 'at most 2048 characters' : rule(value);
      if (problem) {
        problems.push(configProblem(key, problem, describeValue(value)));
        continue;
      }
      config[key] = value;
    }
  };
  check(rulesFor(app));
  // The identity pool keys matter only when the API takes SigV4; elsewhere they are dropped
  // unread, so a stage config that carries them for later cannot break the other modes.
  if (config['apiAuth'] === 'iam') check(iamRules);
  // Optional: the "Continue with …" buttons; a build value is a comma list.
  let providers = input['identityProviders'];
  if (typeof providers === 'string') providers = providers.split(',');
  if (providers !== undefined) {
    if (
      Array.isArray(providers) &&
      providers.length <= maxIdentityProviders &&
      new Set(providers).size === providers.length &&
      providers.every(isProviderName)
    ) {
      config['identityProviders'] = providers;
    } else {
      problems.push(
        configProblem(
          'identityProviders',
          `up to ${maxIdentityProviders} distinct provider names such as ["Google"]`,
          describeValue(providers),
        ),
      );
    }
  }
  const { apiAuth, apiToken } = config as Partial<RuntimeConfig>;
  if (apiAuth && apiToken && apiModesProblem(apiAuth, apiToken) !== undefined) {
    problems.push(
      configProblem(
        'apiToken',
        'id unless apiAuth is cognito',
        `"access" with apiAuth "${apiAuth}"`,
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: config as unknown as RuntimeConfig };
}
