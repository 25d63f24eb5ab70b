import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readBuildValues } from './config/build-values';
import type { ConfigSource } from './config/load-config';
import { loadRuntimeConfig } from './config/load-config';
import type { ConfigProblem } from './config/validate-config';
import { appPath, chunksForPath, preloadChunks } from './app/route-chunks';
import { hasStoredSession } from './lib/auth/session-hint';
import { createSignOutChannel } from './lib/auth/sign-out-channel';
import { I18nProvider } from './i18n/i18n-context';
import { loadLanguage } from './i18n/load-language';
import { loadSignedInText } from './i18n/load-text';
import { localeStorageKey } from './i18n/locale';
import type { AppEnvironment } from './lib/environment/app-environment';
import './styles/app.css';

/** How long the first render waits for the chunks of its path before it shows "Loading…". */
const chunkWaitMs = 400;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The edge: the only place that reads the environment, the page's location, its storages and
// config.json. Everything below gets them as props or through <App>'s environment.
async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const basePath = import.meta.env.BASE_URL;
  // The chunks this path will render start now, in parallel with config.json, and the first
  // render waits for them (a little), so it finds them loaded: nothing suspends, and no
  // "Loading…" is shown and then held by React's Suspense reveal throttle (route-chunks.ts).
  const path = appPath(window.location.pathname, basePath);
  const pathChunks = path === null ? [] : chunksForPath(path, false);
  const chunks = [preloadChunks(pathChunks)];
  const browserLanguages =
    navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  // The language's text starts with config.json too; a signed-in path also gets its pages' text.
  const language = loadLanguage({
    stored: readStored(window.localStorage),
    browserLanguages,
    withSignedIn: pathChunks.length > 0,
  });
  const environment: AppEnvironment = {
    fetch: window.fetch.bind(window),
    go: (url) => window.location.assign(url),
    userStorage: window.sessionStorage,
    stateStorage: window.localStorage,
    openSignOutChannel: (name) =>
      createSignOutChannel(name, {
        BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
        storage: window.localStorage,
        target: window,
        now: Date.now,
      }),
  };
  const result = await loadRuntimeConfig({
    fetch: environment.fetch,
    configUrl: new URL(`${basePath}config.json`, window.location.origin).href,
    buildValues: readBuildValues(import.meta.env),
    app: { origin: window.location.origin, basePath },
  });
  if (result.ok && path === '/' && hasStoredSession(result.config, environment.userStorage)) {
    chunks.push(preloadChunks(chunksForPath(path, true)));
    chunks.push(
      language
        .then((loaded) => loadSignedInText(loaded.locale))
        .then(
          () => undefined,
          () => undefined,
        ),
    );
  }
  const initial = await language;
  const page = result.ok ? (
    <App
      config={result.config}
      basename={basePath.replace(/\/$/, '') || '/'}
      environment={environment}
    />
  ) : (
    await configErrorPage(result.problems, result.source)
  );
  // When the chunks are slow the routes' Suspense fallback says so instead of a blank page.
  await Promise.race([Promise.all(chunks), delay(chunkWaitMs)]);
  createRoot(container).render(
    <StrictMode>
      <I18nProvider
        initial={initial}
        browserLanguages={browserLanguages}
        storage={window.localStorage}
      >
        {page}
      </I18nProvider>
    </StrictMode>,
  );
}

/** Only a broken deployment shows this page, so only then does its chunk load. */
async function configErrorPage(problems: readonly ConfigProblem[], source: ConfigSource) {
  const { ConfigErrorPage } = await import('./app/ConfigErrorPage');
  return <ConfigErrorPage problems={problems} source={source} />;
}

/** The stored language choice; storage may be blocked (then the browser's languages decide). */
function readStored(storage: Storage): string | null {
  try {
    return storage.getItem(localeStorageKey);
  } catch {
    return null;
  }
}

void start();
