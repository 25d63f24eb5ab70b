// Vite plugin: `npm run dev` / `npx vite` / `npm run preview` start the offline stack (Cognito
// emulator, mailbox, gateway, store) next to the app and serve /config.json from it, unless the
// configuration points at a real pool. It never starts anything under Vitest or `vite build`.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { loadEnv } from 'vite';
import type { RuntimeConfig } from '../contract/runtime-config';
import { contentSecurityPolicyMiddleware } from './preview-csp.ts';

/** The part of createEmulator()'s result this plugin uses (emulator/create-emulator.ts). */
export interface EmulatorHandle {
  readonly urls: {
    readonly domain: string;
    readonly issuer: string;
    readonly mailbox: string;
    readonly mailboxJson: string;
    readonly jsonApi: string;
  };
  runtimeConfig(appOrigin: string, basePath?: string): RuntimeConfig;
  close(): Promise<void>;
}

export interface StartEmulatorOptions {
  readonly appOrigins: readonly string[];
  readonly appBasePaths: readonly string[];
  readonly log: (line: string) => void;
}

export interface EmulatorPluginOptions {
  /** Starts the emulator; the default loads emulator/create-emulator.ts through tsx. */
  readonly start?: (options: StartEmulatorOptions) => Promise<EmulatorHandle>;
  /** Browser tests start their own Vite server with the emulator: let them, under Vitest too. */
  readonly runUnderVitest?: boolean;
}

/** Why the plugin stays out of the way, or null when it should run the emulator. */
export function realPoolReason(root: string, env: Record<string, string>): string | null {
  if (existsSync(path.join(root, 'public', 'config.json'))) {
    return 'public/config.json exists';
  }
  const authority = env['VITE_AUTHORITY'];
  if (authority && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(authority)) {
    return `VITE_AUTHORITY points at ${authority}`;
  }
  return null;
}

async function defaultStart(options: StartEmulatorOptions): Promise<EmulatorHandle> {
  // Vite bundles this config file; tsx loads the emulator (and the API it embeds) as TypeScript.
  const { tsImport } = await import('tsx/esm/api');
  const module = (await tsImport('./create-emulator.ts', import.meta.url)) as {
    createEmulator: (options: Record<string, unknown>) => Promise<EmulatorHandle>;
  };
  return module.createEmulator({
    host: '127.0.0.1',
    dataDir: '.local',
    appOrigins: options.appOrigins,
    appBasePaths: options.appBasePaths,
    log: options.log,
  });
}

type AnyServer = ViteDevServer | PreviewServer;

/** Adds the emulator to the dev and preview servers. */
export function emulatorPlugin(options: EmulatorPluginOptions = {}): Plugin {
  const start = options.start ?? defaultStart;
  let skipReason: string | null = null;
  let base = '/';

  // `csp`: the preview server serves the production build under the deployed policy (dev
  // cannot: Vite's dev client and React refresh use inline scripts).
  const attach = (server: AnyServer, csp: boolean) => {
    const logger: Logger = server.config.logger;
    if (skipReason) {
      logger.info(`  emulator: not started (${skipReason}); config.json comes from your files`);
      return;
    }
    const httpServer = server.httpServer;
    if (!httpServer) return; // middleware mode: the host app runs its own emulator
    let emulator: Promise<EmulatorHandle> | null = null;
    let allowedOrigins: string[] = [];

    httpServer.once('listening', () => {
      const { port } = httpServer.address() as AddressInfo;
      allowedOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
      emulator = start({
        appOrigins: allowedOrigins,
        appBasePaths: [base],
        log: (line) => logger.info(`  emulator: ${line}`),
      });
      emulator.then(
        (handle) => {
          const app = `${allowedOrigins[0]}${base}`;
          logger.info(
            [
              '',
              `  app:        ${app}`,
              `  hosted UI:  ${handle.urls.domain}  (sign-in starts from the app)`,
              `  mailbox:    ${handle.urls.mailbox}`,
              `  API:        ${handle.runtimeConfig(allowedOrigins[0]!, base).apiUrl}`,
              '',
            ].join('\n'),
          );
        },
        (error: unknown) =>
          logger.error(
            `  emulator failed to start: ${error instanceof Error ? error.stack : error}`,
          ),
      );
    });
    httpServer.once('close', () => {
      void emulator?.then((handle) => handle.close()).catch(() => undefined);
    });

    // Only origins the emulator registered as callbacks; anything else gets the first one.
    const originOf = (req: IncomingMessage) => {
      const requested = `http://${req.headers.host ?? ''}`;
      return allowedOrigins.includes(requested) ? requested : allowedOrigins[0]!;
    };
    if (csp) {
      server.middlewares.use(
        contentSecurityPolicyMiddleware(
          (req) => emulator?.then((handle) => handle.runtimeConfig(originOf(req), base)) ?? null,
        ),
      );
    }

    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      const pathname = (req.url ?? '').split('?')[0];
      if (req.method !== 'GET' || pathname !== `${base}config.json` || !emulator) return next();
      const origin = originOf(req);
      emulator.then(
        (handle) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(handle.runtimeConfig(origin, base), null, 2));
        },
        () => {
          res.statusCode = 503;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ error: 'The emulator failed to start; see the terminal.' }));
        },
      );
    });
  };

  return {
    name: 'cognito-transactions-emulator',
    apply: (_config, env) =>
      (options.runUnderVitest === true || !process.env['VITEST']) && env.command === 'serve',
    configResolved(config) {
      base = config.base;
      skipReason = realPoolReason(
        config.root,
        loadEnv(config.mode, config.envDir || config.root, 'VITE_'),
      );
    },
    configureServer: (server) => attach(server, false),
    configurePreviewServer: (server) => attach(server, true),
  };
}
