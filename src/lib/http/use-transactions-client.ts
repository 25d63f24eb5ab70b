import { useMemo } from 'react';
import { systemClock } from '../../../contract/clock';
import type { RuntimeConfig } from '../../../contract/runtime-config';
import { useConfig } from '../../config/config-context';
import { createCredentialsCache } from '../aws/credentials-cache';
import { createIdentityPoolExchange } from '../aws/identity-pool-exchange';
import { createSigV4Signer } from '../aws/sigv4-signer';
import { useAuthSession } from '../auth/auth-session';
import type { SessionMemory } from '../auth/session-memory';
import { useApiSession } from '../auth/use-api-session';
import type { AppEnvironment } from '../environment/app-environment';
import { useAppEnvironment } from '../environment/app-environment';
import type { RequestSigner } from './request-signer';
import { createTokenSigner } from './request-signer';
import type { ApiSession, TransactionsClient } from './transactions-client';
import { createTransactionsClient } from './transactions-client';

/** Where the session's memory keeps the API credentials (apiAuth `iam`). */
export const apiCredentialsKey = 'api-credentials';

/**
 * The one place that picks how API requests prove the caller, by config.apiAuth: SigV4 with the
 * identity pool's credentials (kept in the session's memory, so they outlive this page), or the
 * token config.apiToken names (ID or access token) in a header (the Cognito and Lambda authorizers).
 */
export function requestSignerFor(
  config: RuntimeConfig,
  session: ApiSession,
  memory: SessionMemory,
  fetch: typeof globalThis.fetch,
): RequestSigner {
  // validate-config.ts allows apiToken access only beside apiAuth cognito.
  if (config.apiAuth !== 'iam') {
    return createTokenSigner(session, config.apiAuthHeader, config.apiToken);
  }
  const { identityPoolId, identityEndpoint } = config;
  // validate-config.ts requires both in iam mode; a config that skipped it is a bug.
  if (!identityPoolId || !identityEndpoint) throw new Error('iam mode without an identity pool');
  const credentials = memory.keep(apiCredentialsKey, () =>
    createCredentialsCache({
      exchange: createIdentityPoolExchange({
        endpoint: identityEndpoint,
        identityPoolId,
        issuer: config.authority,
        fetch,
      }),
      clock: systemClock,
    }),
  );
  return createSigV4Signer({ session, credentials, region: config.region, clock: systemClock });
}

/** The API client for the signed-in user, built once per session. */
export function useTransactionsClient(): TransactionsClient {
  const config = useConfig();
  const session = useApiSession();
  const { memory } = useAuthSession();
  const environment = useAppEnvironment();
  return useMemo(
    () => buildTransactionsClient(config, environment, session, memory),
    [config, session, memory, environment],
  );
}

/**
 * The API client for `session` as this app's config says (also used by the prefetch, with the
 * same session memory, so both share one set of identity-pool credentials).
 */
export function buildTransactionsClient(
  config: RuntimeConfig,
  environment: Pick<AppEnvironment, 'fetch'>,
  session: ApiSession,
  memory: SessionMemory,
): TransactionsClient {
  return createTransactionsClient({
    baseUrl: config.apiUrl,
    authHeader: config.apiAuthHeader,
    session,
    signer: requestSignerFor(config, session, memory, environment.fetch),
    fetch: environment.fetch,
  });
}
