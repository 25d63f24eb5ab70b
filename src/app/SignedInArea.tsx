import { useState } from 'react';
import { useConfig } from '../config/config-context';
import {
  createTransactionsPrefetch,
  TransactionsPrefetchProvider,
} from '../features/transactions/transactions-prefetch';
import AuthShell from '../lib/auth/AuthShell';
import { useAppEnvironment } from '../lib/environment/app-environment';
import type { buildTransactionsClient } from '../lib/http/use-transactions-client';
import { routeChunks } from './route-chunks';

/**
 * Everything behind sign-in (callback, transactions, profile) in one lazy chunk: the auth
 * shell, and the prefetch that asks for a new sign-in's transactions with its token, not after
 * the page renders. It stays mounted while a person moves between those pages.
 */
export default function SignedInArea() {
  const config = useConfig();
  const environment = useAppEnvironment();
  const [prefetch] = useState(() =>
    createTransactionsPrefetch({
      // The client's chunk is preloaded with the callback's (route-chunks.ts), so it is here.
      createClient: (session, memory) => {
        const chunk = routeChunks.transactionsClient;
        const build = (m: { buildTransactionsClient: typeof buildTransactionsClient }) =>
          m.buildTransactionsClient(config, environment, session, memory);
        const loaded = chunk.loaded();
        return loaded ? build(loaded) : chunk.preload().then(build);
      },
    }),
  );
  return (
    <TransactionsPrefetchProvider value={prefetch}>
      <AuthShell onSignedIn={prefetch.start} />
    </TransactionsPrefetchProvider>
  );
}
