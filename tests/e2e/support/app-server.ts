// The real app on a Vite dev server (ephemeral port, loopback) with an in-memory emulator
// started by the app's own Vite plugin, for browser tests and the sign-in benchmark.
import type { AddressInfo } from 'node:net';
import react from '@vitejs/plugin-react';
import type { ViteDevServer } from 'vite';
import { createServer } from 'vite';
import { createEmulator } from '../../../emulator/create-emulator';
import type { EmulatorHandle } from '../../../emulator/vite-plugin';
import { emulatorPlugin } from '../../../emulator/vite-plugin';

export interface AppServer {
  /** The app's URL, ending with the base path (e.g. http://127.0.0.1:41234/app/). */
  readonly appUrl: string;
  readonly emulator: Awaited<ReturnType<typeof createEmulator>>;
  close(): Promise<void>;
}

/** Starts Vite + emulator; `base` must start and end with "/". */
export async function startAppServer(base = '/'): Promise<AppServer> {
  let started: Awaited<ReturnType<typeof createEmulator>> | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: process.cwd(),
    base,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    plugins: [
      react(),
      emulatorPlugin({
        runUnderVitest: true,
        start: async (options): Promise<EmulatorHandle> => {
          started = await createEmulator({
            cognitoPort: 0,
            api: { port: 0 },
            dataDir: null,
            appOrigins: [...options.appOrigins],
            appBasePaths: [...options.appBasePaths],
            log: () => undefined,
          });
          markReady();
          return started;
        },
      }),
    ],
  });
  await server.listen();
  await ready;
  const { port } = server.httpServer!.address() as AddressInfo;
  const emulator = started!;
  return {
    appUrl: `http://127.0.0.1:${port}${base}`,
    emulator,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}
