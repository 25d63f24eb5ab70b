import { Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { StatusMessage } from '../components/StatusMessage';
import { ConfigProvider } from '../config/config-context';
import { useI18n } from '../i18n/i18n-context';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SignedOutPage } from '../features/signed-out/SignedOutPage';
import type { TransactionsPrefetch } from '../features/transactions/transactions-prefetch';
import {
  createTransactionsPrefetch,
  TransactionsPrefetchProvider,
} from '../features/transactions/transactions-prefetch';
import type { buildTransactionsClient } from '../lib/http/use-transactions-client';
import { Layout } from './Layout';
import { routeChunks } from './route-chunks';
import type { AppEnvironment } from '../lib/environment/app-environment';
import { AppEnvironmentProvider } from '../lib/environment/app-environment';

const { authShell, signedInFrame, callbackPage, transactionsPage, profilePage } = routeChunks;
const AuthShell = authShell.Component;
const SignedInFrame = signedInFrame.Component;
const CallbackPage = callbackPage.Component;
const TransactionsPage = transactionsPage.Component;
const ProfilePage = profilePage.Component;

function Loading() {
  return <StatusMessage>{useI18n().text.loading}</StatusMessage>;
}

const loading = <Loading />;

/** The routes of design §4 under `basename` (the Vite base without its trailing slash). */
export function AppRoutes({ prefetch }: { prefetch?: TransactionsPrefetch }) {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signed-out" element={<SignedOutPage />} />
        <Route
          element={
            <Suspense fallback={loading}>
              <AuthShell onSignedIn={prefetch?.start} />
            </Suspense>
          }
        >
          <Route path="callback" element={<CallbackPage />} />
          <Route element={<SignedInFrame />}>
            <Route path="transactions" element={<TransactionsPage />} />
            <Route path="profile" element={<ProfilePage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** The whole app for a validated config. */
export function App({
  config,
  basename,
  environment,
}: {
  config: RuntimeConfig;
  basename: string;
  /** The browser's objects (main.tsx) or a test's. */
  environment: AppEnvironment;
}) {
  // The transactions of a new sign-in are asked for with its token, not after the page renders.
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
    <ConfigProvider config={config}>
      <AppEnvironmentProvider value={environment}>
        <TransactionsPrefetchProvider value={prefetch}>
          <BrowserRouter basename={basename}>
            <Suspense fallback={loading}>
              <AppRoutes prefetch={prefetch} />
            </Suspense>
          </BrowserRouter>
        </TransactionsPrefetchProvider>
      </AppEnvironmentProvider>
    </ConfigProvider>
  );
}
