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
import type { ApiAuthMode, ApiTokenMode } from '../contract/api-modes.ts';
import {
  apiAuthModes,
  apiModeProblem,
  apiModesProblem,
  apiTokenModes,
  defaultApiAuth,
  defaultApiToken,
} from '../contract/api-modes.ts';
import { contentSecurityPolicyMiddleware } from './preview-csp.ts';
import { triggerVariables } from './trigger-variables.ts';

/** The part of createEmulator()'s result this plugin uses (emulator/create-emulator.ts). */
export interface EmulatorHandle {
  readonly urls: {
    readonly domain: string;
    readonly issuer: string;
    readonly mailbox: string;
    readonly mailboxJson: string;
    readonly console: string;
    readonly jsonApi: string;
  };
  runtimeConfig(appOrigin: string, basePath?: string): RuntimeConfig;
  close(): Promise<void>;
}

export interface StartEmulatorOptions {
  readonly appOrigins: readonly string[];
  readonly appBasePaths: readonly string[];
  readonly log: (line: string) => void;
  /** The app's root: the default start keeps its data in `{root}/.local`. */
  readonly root: string;
  /** COGNITO_PORT / API_PORT when set (env or .env files); the emulator's defaults otherwise. */
  readonly cognitoPort?: number;
  readonly apiPort?: number;
  /** API_AUTH / API_TOKEN when set; the emulator's defaults (cognito, id) otherwise. */
  readonly apiAuth?: ApiAuthMode;
  readonly apiToken?: ApiTokenMode;
  /** SIGNUP_* variables (env or .env files), the environment of the pool's Lambda triggers. */
  readonly triggerEnvironment?: Readonly<Record<string, string>>;
  /** A developer's own trigger files (the plugin's `triggers` option). */
  readonly triggers?: Readonly<Record<string, string>>;
}

export interface EmulatorPluginOptions {
  /** Starts the emulator; the default loads emulator/create-emulator.ts through tsx. */
  readonly start?: (options: StartEmulatorOptions) => Promise<EmulatorHandle>;
  /** Browser tests start their own Vite server with the emulator: let them, under Vitest too. */
  readonly runUnderVitest?: boolean;
  /**
   * Ends the process when the emulator cannot start (or on SIGINT/SIGTERM, once it is closed);
   * default process.exit. An app without its emulator only shows errors, so it stops instead.
   */
  readonly exit?: (code: number) => void;
  /**
   * Your own Cognito trigger files in place of the product's, e.g.
   * `{ PreSignUp: './my-triggers/pre-sign-up.ts' }` (docs/emulator.md, "Lambda triggers").
   */
  readonly triggers?: Readonly<Record<string, string>>;
}

/** The port settings `npm run dev` reads (from the environment or .env files). */
export const portVariables = ['COGNITO_PORT', 'API_PORT'] as const;

/** COGNITO_PORT / API_PORT as numbers; a bad value is a problem naming the variable. */
export function readPortVariables(env: Record<string, string | undefined>): {
  ports: { cognitoPort?: number; apiPort?: number };
  problems: string[];
} {
  const ports: { cognitoPort?: number; apiPort?: number } = {};
  const problems: string[] = [];
  for (const name of portVariables) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(port <= 65535)) problems.push(`${name} must be a port number 0-65535 (got "${value}")`);
    else if (name === 'COGNITO_PORT') ports.cognitoPort = port;
    else ports.apiPort = port;
  }
  return { ports, problems };
}

/** The API mode settings `npm run dev` reads, beside the ports. */
export const apiModeVariables = ['API_AUTH', 'API_TOKEN'] as const;

/**
 * API_AUTH / API_TOKEN as modes; a bad value is a problem naming the variable and the choices,
 * and so is a pair that cannot work (API_TOKEN=access needs the Cognito authorizer).
 */
export function readApiModeVariables(env: Record<string, string | undefined>): {
  modes: { apiAuth?: ApiAuthMode; apiToken?: ApiTokenMode };
  problems: string[];
} {
  const problems: string[] = [];
  const read = <T extends string>(
    name: (typeof apiModeVariables)[number],
    allowed: readonly T[],
  ): T | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    if (allowed.some((mode) => mode === value)) return value as T;
    problems.push(apiModeProblem(name, allowed, value));
    return undefined;
  };
  const apiAuth = read('API_AUTH', apiAuthModes);
  const apiToken = read('API_TOKEN', apiTokenModes);
  const clash = apiModesProblem(apiAuth ?? defaultApiAuth, apiToken ?? defaultApiToken, {
    apiAuth: 'API_AUTH',
    apiToken: 'API_TOKEN',
  });
  if (clash) problems.push(clash);
  return {
    modes: { ...(apiAuth ? { apiAuth } : {}), ...(apiToken ? { apiToken } : {}) },
    problems,
  };
}

/** COGNITO_PORT, API_PORT, API_AUTH or API_TOKEN is set to something it cannot be. */
export class DevSettingError extends Error {
  override readonly name = 'DevSettingError';
}

// Errors the emulator raises for a person to act on (a taken port, Java missing, a bad data
// file or option): their message is the whole story, a stack trace would only bury it.
const explainedErrors = new Set([
  'DevSettingError',
  'PortInUseError',
  'JavaMissingError',
  'InvalidDataFileError',
  'CorruptDataFileError',
  'InvalidEmulatorOptionsError',
  'InvalidKeyFileError',
]);

function describeStartFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return explainedErrors.has(error.name) ? error.message : (error.stack ?? error.message);
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
    dataDir: path.join(options.root, '.local'),
    ...(options.cognitoPort === undefined ? {} : { cognitoPort: options.cognitoPort }),
    ...(options.apiPort === undefined ? {} : { api: { port: options.apiPort } }),
    ...(options.apiAuth === undefined ? {} : { apiAuth: options.apiAuth }),
    ...(options.apiToken === undefined ? {} : { apiToken: options.apiToken }),
    appOrigins: options.appOrigins,
    appBasePaths: options.appBasePaths,
    log: options.log,
    ...(options.triggerEnvironment ? { triggerEnvironment: options.triggerEnvironment } : {}),
    ...(options.triggers ? { triggers: options.triggers } : {}),
  });
}

type AnyServer = ViteDevServer | PreviewServer;

/** Adds the emulator to the dev and preview servers. */
export function emulatorPlugin(options: EmulatorPluginOptions = {}): Plugin {
  const start = options.start ?? defaultStart;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let skipReason: string | null = null;
  let base = '/';
  let root = process.cwd();
  let portSettings: ReturnType<typeof readPortVariables> = { ports: {}, problems: [] };
  let modeSettings: ReturnType<typeof readApiModeVariables> = { modes: {}, problems: [] };
  let triggerEnvironment: Record<string, string> = {};

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

    const closeEmulator = () =>
      emulator?.then((handle) => handle.close()).catch(() => undefined) ?? Promise.resolve();
    // Vite's own SIGTERM handler awaits server.close() before it exits: let that include the
    // emulator, so its pending writes (and DynamoDB Local) are closed before the process ends.
    const closeVite = server.close.bind(server);
    server.close = async () => {
      await Promise.all([closeVite(), closeEmulator()]);
    };
    let stopping = false;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      void server.close().finally(() => exit(code));
    };
    const onSigint = () => stop(130);
    const onSigterm = () => stop(143);
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigterm);

    httpServer.once('listening', () => {
      const { port } = httpServer.address() as AddressInfo;
      allowedOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
      const problems = [...portSettings.problems, ...modeSettings.problems];
      emulator =
        problems.length > 0
          ? Promise.reject(new DevSettingError(problems.join('; ')))
          : start({
              appOrigins: allowedOrigins,
              appBasePaths: [base],
              log: (line) => logger.info(`  emulator: ${line}`),
              root,
              ...portSettings.ports,
              ...modeSettings.modes,
              triggerEnvironment,
              ...(options.triggers ? { triggers: options.triggers } : {}),
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
              `  console:    ${handle.urls.console}  (users, app client, authorizer test)`,
              `  API:        ${handle.runtimeConfig(allowedOrigins[0]!, base).apiUrl}`,
              '',
            ].join('\n'),
          );
        },
        (error: unknown) => {
          logger.error(
            `  emulator failed to start: ${describeStartFailure(error)}\n  Stopping: the app needs its emulator.`,
          );
          stop(1);
        },
      );
    });
    httpServer.once('close', () => {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      void closeEmulator();
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
      root = config.root;
      const envDir = config.envDir || config.root;
      skipReason = realPoolReason(config.root, loadEnv(config.mode, envDir, 'VITE_'));
      portSettings = readPortVariables(loadEnv(config.mode, envDir, [...portVariables]));
      modeSettings = readApiModeVariables(loadEnv(config.mode, envDir, [...apiModeVariables]));
      triggerEnvironment = loadEnv(config.mode, envDir, [...triggerVariables]);
    },
    configureServer: (server) => attach(server, false),
    configurePreviewServer: (server) => attach(server, true),
  };
}
