import { useMemo } from 'react';
import { useConfig } from '../../config/config-context';
import { useApiSession } from '../auth/use-api-session';
import { useAppEnvironment } from '../environment/app-environment';
import type { TransactionsClient } from './transactions-client';
import { createTransactionsClient } from './transactions-client';

/** The API client for the signed-in user, built once per session. */
export function useTransactionsClient(): TransactionsClient {
  const config = useConfig();
  const session = useApiSession();
  const environment = useAppEnvironment();
  return useMemo(
    () =>
      createTransactionsClient({
        baseUrl: config.apiUrl,
        authHeader: config.apiAuthHeader,
        session,
        fetch: environment.fetch,
      }),
    [config, session, environment],
  );
}
