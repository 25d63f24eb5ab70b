import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { StatusMessage } from '../components/StatusMessage';
import { ConfigProvider } from '../config/config-context';
import { useI18n } from '../i18n/i18n-context';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SignedOutPage } from '../features/signed-out/SignedOutPage';
import { Layout } from './Layout';
import { routeChunks } from './route-chunks';
import type { AppEnvironment } from '../lib/environment/app-environment';
import { AppEnvironmentProvider } from '../lib/environment/app-environment';

const { signedInArea, signedInFrame, callbackPage, transactionsPage, profilePage } = routeChunks;
const SignedInArea = signedInArea.Component;
const SignedInFrame = signedInFrame.Component;
const CallbackPage = callbackPage.Component;
const TransactionsPage = transactionsPage.Component;
const ProfilePage = profilePage.Component;

function Loading() {
  return <StatusMessage>{useI18n().text.loading}</StatusMessage>;
}

const loading = <Loading />;

/** The routes of design §4 under `basename` (the Vite base without its trailing slash). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signed-out" element={<SignedOutPage />} />
        <Route
          element={
            <Suspense fallback={loading}>
              <SignedInArea />
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
  return (
    <ConfigProvider config={config}>
      <AppEnvironmentProvider value={environment}>
        <BrowserRouter basename={basename}>
          <Suspense fallback={loading}>
            <AppRoutes />
          </Suspense>
        </BrowserRouter>
      </AppEnvironmentProvider>
    </ConfigProvider>
  );
}
