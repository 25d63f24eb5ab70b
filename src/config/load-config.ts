import type { AppLocation, ConfigResult } from './validate-config';
import { configProblem, validateRuntimeConfig } from './validate-config';

export type ConfigSource = 'config.json' | 'build';

export type LoadedConfig = ConfigResult & { readonly source: ConfigSource };

export interface LoadConfigOptions {
  readonly fetch: typeof fetch;
  /** Absolute URL of config.json (the same URL index.html preloads). */
  readonly configUrl: string;
  /** Build-time `VITE_*` values by config key; used only when config.json is absent. */
  readonly buildValues: Readonly<Record<string, string | undefined>>;
  readonly app: AppLocation;
  readonly timeoutMs?: number;
}

function failure(source: ConfigSource, found: string, expected?: string): LoadedConfig {
  return {
    ok: false,
    source,
    problems: [
      configProblem(
        'config.json',
        expected ?? 'a JSON file served next to index.html (or VITE_* values at build time)',
        found,
      ),
    ],
  };
}

/**
 * Fetches, parses and validates config.json; falls back to build-time values when the file is
 * absent (404, or an HTML page from an SPA fallback). Never throws: failures are results.
 */
export async function loadRuntimeConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const fromBuild = (): LoadedConfig | null => {
    const values = Object.fromEntries(
      Object.entries(options.buildValues).filter(
        ([, value]) => value !== undefined && value !== '',
      ),
    );
    if (Object.keys(values).length === 0) return null;
    return { ...validateRuntimeConfig(values, options.app), source: 'build' };
  };

  let response: Response;
  try {
    // Same mode and credentials as <link rel="preload" as="fetch" crossorigin>, so the
    // browser reuses the preloaded response instead of asking twice.
    response = await options.fetch(options.configUrl, {
      mode: 'cors',
      credentials: 'same-origin',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'failed';
    return fromBuild() ?? failure('config.json', `no answer: the request ${reason}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const isJson = /[/+]json\b/i.test(contentType);
  if (response.status === 404 || (response.ok && !isJson)) {
    const found =
      response.status === 404 ? 'HTTP 404 (no such file)' : `a ${contentType || 'non-JSON'} answer`;
    return fromBuild() ?? failure('config.json', found);
  }
  if (!response.ok) return failure('config.json', `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure('config.json', 'text that is not valid JSON', 'valid JSON');
  }
  return { ...validateRuntimeConfig(body, options.app), source: 'config.json' };
}
