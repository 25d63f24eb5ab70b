import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigErrorPage } from './app/ConfigErrorPage';
import { readBuildValues } from './config/build-values';
import { loadRuntimeConfig } from './config/load-config';
import './styles/app.css';

// The edge: the only place that reads the environment, the page's location and config.json.
async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const basePath = import.meta.env.BASE_URL;
  const result = await loadRuntimeConfig({
    fetch: window.fetch.bind(window),
    configUrl: new URL(`${basePath}config.json`, window.location.origin).href,
    buildValues: readBuildValues(import.meta.env),
    app: { origin: window.location.origin, basePath },
  });
  createRoot(container).render(
    <StrictMode>
      {result.ok ? (
        <App config={result.config} basename={basePath.replace(/\/$/, '') || '/'} />
      ) : (
        <ConfigErrorPage problems={result.problems} source={result.source} />
      )}
    </StrictMode>,
  );
}

void start();
