import { useMemo } from 'react';
import type { RuntimeConfig } from '../../../contract/runtime-config';
import { useConfig } from '../../config/config-context';
import { useApiSession } from '../../lib/auth/use-api-session';
import type { AppEnvironment } from '../../lib/environment/app-environment';
import { useAppEnvironment } from '../../lib/environment/app-environment';
import type { ApiSession, TransactionsClient } from '../../lib/http/transactions-client';
import { createTransactionsClient } from '../../lib/http/transactions-client';

/** The API client for the signed-in user, built once per session. */
export function useTransactionsClient(): TransactionsClient {
  const config = useConfig();
  const session = useApiSession();
  const environment = useAppEnvironment();
  return useMemo(
    () => buildTransactionsClient(config, environment, session),
    [config, session, environment],
  );
}

/** The API client for `session` as this app's config says (also used by the prefetch). */
export function buildTransactionsClient(
  config: RuntimeConfig,
  environment: Pick<AppEnvironment, 'fetch'>,
  session: ApiSession,
): TransactionsClient {
  return createTransactionsClient({
    baseUrl: config.apiUrl,
    authHeader: config.apiAuthHeader,
    session,
    fetch: environment.fetch,
  });
}
