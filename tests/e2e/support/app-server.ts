// The real app with an in-memory emulator started by the app's own Vite plugin, on ephemeral
// loopback ports, for browser tests and the sign-in benchmark. 'dev' is the Vite dev server;
// 'preview' is the production build served by Vite's preview server (what `npm run preview` does).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import react from '@vitejs/plugin-react';
import { createServer, preview } from 'vite';
import type { Emulator, EmulatorOptions } from '../../../emulator/create-emulator';
import { createEmulator } from '../../../emulator/create-emulator';
import type { EmulatorHandle, StartEmulatorOptions } from '../../../emulator/vite-plugin';
import { emulatorPlugin } from '../../../emulator/vite-plugin';
import { ensurePreviewBuild } from './preview-build';
import type { RefusingApi } from './refusing-api';
import { startRefusingApi } from './refusing-api';

export type ServerMode = 'dev' | 'preview';

/** Both ways the app is served; every journey runs against each. */
export const serverModes: readonly ServerMode[] = ['dev', 'preview'];

export interface AppServerOptions {
  /** Vite base path; must start and end with "/". Default "/". */
  readonly base?: string;
  /** Default 'dev'. */
  readonly mode?: ServerMode;
  /** Extra emulator options (e.g. tokenLifetimes, clock); ports, data and origins are the harness's. */
  readonly emulator?: Partial<EmulatorOptions>;
  /**
   * Which API the app's config names: the emulator's gateway (default), or one that answers
   * 401 to everything (sign-in and renewal still work; the API never accepts the session).
   */
  readonly api?: 'emulator' | 'always-401';
  /** A running DynamoDB Local to share (browser tests: tests/e2e/support/global-setup.ts). */
  readonly sharedDynamoDbEndpoint?: string;
}

export interface AppServer {
  /** The app's URL, ending with the base path (e.g. http://127.0.0.1:41234/app/). */
  readonly appUrl: string;
  /** The app's origin (e.g. http://127.0.0.1:41234). */
  readonly origin: string;
  readonly base: string;
  readonly mode: ServerMode;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

/** Starts the app + emulator; `startAppServer('/app/')` is short for `{ base: '/app/' }`. */
export async function startAppServer(options: AppServerOptions | string = {}): Promise<AppServer> {
  const {
    base = '/',
    mode = 'dev',
    emulator: extra = {},
    api = 'emulator',
    sharedDynamoDbEndpoint,
  } = typeof options === 'string' ? { base: options } : options;
  if (!/^\/([\w.~-]+\/)*$/.test(base)) throw new Error(`base must start and end with "/": ${base}`);

  const refusingApi: RefusingApi | null = api === 'always-401' ? await startRefusingApi() : null;
  let started: Emulator | null = null;
  let markReady: (error?: unknown) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = (error) => (error === undefined ? resolve() : reject(error));
  });
  const start = async (plugin: StartEmulatorOptions): Promise<EmulatorHandle> => {
    try {
      started = await createEmulator({
        log: () => undefined,
        ...extra,
        cognitoPort: 0,
        api: { port: 0, ...(sharedDynamoDbEndpoint ? { sharedDynamoDbEndpoint } : {}) },
        dataDir: null,
        appOrigins: [...plugin.appOrigins],
        appBasePaths: [...plugin.appBasePaths],
      });
      markReady();
      if (!refusingApi) return started;
      const emulator = started;
      // Same emulator, but config.json (and so the preview's CSP) names the refusing API.
      return {
        urls: emulator.urls,
        runtimeConfig: (origin, basePath) => ({
          ...emulator.runtimeConfig(origin, basePath),
          apiUrl: refusingApi.url,
        }),
        close: () => emulator.close(),
      };
    } catch (error) {
      markReady(error);
      throw error;
    }
  };
  // exit: a failed start rejects `ready` instead of ending the test process.
  const plugins = [emulatorPlugin({ runUnderVitest: true, start, exit: () => undefined })];

  let httpServer: Server;
  let closeServer: () => Promise<void>;
  if (mode === 'dev') {
    const server = await createServer({
      configFile: false,
      root: process.cwd(),
      base,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
      plugins: [react(), ...plugins],
    });
    await server.listen();
    httpServer = server.httpServer as Server;
    closeServer = () => server.close();
  } else {
    const outDir = await ensurePreviewBuild(base);
    const server = await preview({
      configFile: false,
      root: process.cwd(),
      base,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      plugins,
    });
    httpServer = server.httpServer as Server;
    closeServer = () => server.close();
  }
  try {
    await ready;
  } catch (error) {
    await closeServer();
    await refusingApi?.close();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const emulator = started!;
  const origin = `http://127.0.0.1:${port}`;
  return {
    appUrl: `${origin}${base}`,
    origin,
    base,
    mode,
    emulator,
    async close() {
      await closeServer();
      await emulator.close();
      await refusingApi?.close();
    },
  };
}
