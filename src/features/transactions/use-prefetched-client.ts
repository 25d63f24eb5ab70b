import { useMemo } from 'react';
import { useApiSession } from '../../lib/auth/use-api-session';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { useTransactionsPrefetch, withPrefetched } from './transactions-prefetch';

/** `client` serving the prefetched first page and totals of this session, if there are any. */
export function usePrefetchedClient(client: TransactionsClient): TransactionsClient {
  const prefetch = useTransactionsPrefetch();
  const session = useApiSession();
  return useMemo(
    () => (prefetch ? withPrefetched(client, () => prefetch.take(session.idToken())) : client),
    [client, prefetch, session],
  );
}
