import type {
  federationRuntimeConfigKeys,
  iamRuntimeConfigKeys,
  runtimeConfigKeys,
} from '../../contract/runtime-config';

type ConfigKey = (
  typeof runtimeConfigKeys | typeof iamRuntimeConfigKeys | typeof federationRuntimeConfigKeys
)[number];

/** Build-time `VITE_*` names for each config key (documented in .env.example). */
export const buildVariableNames = {
  region: 'VITE_REGION',
  userPoolId: 'VITE_USER_POOL_ID',
  clientId: 'VITE_CLIENT_ID',
  authority: 'VITE_AUTHORITY',
  domain: 'VITE_DOMAIN',
  redirectUri: 'VITE_REDIRECT_URI',
  logoutUri: 'VITE_LOGOUT_URI',
  apiUrl: 'VITE_API_URL',
  apiAuthHeader: 'VITE_API_AUTH_HEADER',
  scopes: 'VITE_SCOPES',
  apiAuth: 'VITE_API_AUTH',
  apiToken: 'VITE_API_TOKEN',
  identityPoolId: 'VITE_IDENTITY_POOL_ID',
  identityEndpoint: 'VITE_IDENTITY_ENDPOINT',
  identityProviders: 'VITE_IDENTITY_PROVIDERS',
} as const satisfies Record<ConfigKey, string>;

/** Maps an env object (import.meta.env at the edge) to config keys. */
export function readBuildValues(
  env: Readonly<Record<string, unknown>>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(buildVariableNames).map(([key, name]) => {
      const value = env[name];
      return [key, typeof value === 'string' ? value : undefined];
    }),
  );
}
