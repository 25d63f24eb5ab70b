import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RuntimeConfig } from '../contract/runtime-config';
import { systemClock, type Clock } from '../contract/clock';
import { createCognitoEmulator, type CognitoPool } from './cognito/create-cognito-emulator';
import { newKeyFile, type KeyFile, type PublicJwk } from './cognito/key-ring';
import { createPoolFileStore } from './cognito/pool-store-files';
import { loadEmulatorTriggers } from './cognito/triggers/load-pool-triggers';
import { randomIds } from './cognito/pool-context';
import { serveTestIdp } from './test-idp/serve-test-idp';
import type { PersistedState } from './cognito/pool-state';
import { buildPoolConfig } from './build-pool-config';
import {
  buildRuntimeConfig,
  resolveOptions,
  UnknownAppLocationError,
  type EmulatorOptions,
} from './emulator-options';
import { sendJson } from './http/respond';
import { setNoStore } from './http/security-headers';
import { createMailbox, type MailMessage } from './mailbox/mailbox';
import { routeMailbox } from './mailbox/mailbox-routes';
import { isConsolePath, routeConsole } from './console/console-routes';
import type { ConsoleEnvironment } from './console/console-page';
import { createJsonFile, resetDataDir } from './persistence/atomic-json-file';
import { keyFileSchema } from './persistence/key-file-schema';
import { mailboxFileSchema } from './persistence/mailbox-file-schema';
import { poolFileSchema } from './persistence/pool-file-schema';
import { explainListenError } from './port-in-use-error';
import { identityPoolDefinition } from '../contract/identity-pool-definition';
import { createIdentityPool, type IdentityPool } from './identity/create-identity-pool';
import { isIdentityApiCall } from './identity/handle-identity-api';
import { identityPoolFile } from './identity/identity-records';
import { localApiLocation, startLocalApi, storeDataFolder, type LocalApi } from './start-local-api';

export type { EmulatorOptions } from './emulator-options';

export interface EmulatorUrls {
  domain: string;
  issuer: string;
  jwks: string;
  mailbox: string;
  mailboxJson: string;
  /** The local console (users, app client, authorizer test). */
  console: string;
  jsonApi: string;
  /** The Transactions API stage (the local gateway), or the configured apiUrl without it. */
  api: string;
  /** DynamoDB Local's endpoint when the API runs. */
  dynamoDb?: string;
}

export interface Emulator {
  readonly urls: EmulatorUrls;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  /** config.json for an SPA served at this origin + base path (keys of contract/runtime-config.ts). */
  runtimeConfig(appOrigin: string, basePath?: string): RuntimeConfig;
  /** Public JWKS of the pool (what an authorizer verifies against). */
  jwks(): { keys: PublicJwk[] };
  /** Admin operations and the mailbox, without HTTP. */
  readonly pool: CognitoPool;
  /** The offline Transactions API, when it runs (`api` option not false). */
  readonly api?: LocalApi;
  /** apiAuth `iam`: the identity pool (its JSON API answers on `urls.jsonApi`). */
  readonly identityPool?: IdentityPool;
  /** The clock every part reads (the `clock` option, or the system clock). */
  readonly clock: Clock;
  close(): Promise<void>;
}

/** The folder inside the data folder that this emulator owns (and `reset` empties). */
export const cognitoDataFolder = 'cognito';
/** Pools created through the API, one file each, inside the Cognito folder. */
export const createdPoolsFolder = 'pools';

/** Starts the emulator; it is listening when the promise resolves. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveOptions(options);
  const clock = options.clock ?? systemClock;
  const { triggers, attachStore } = await loadEmulatorTriggers(resolved, clock);
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = resolved.dataDir === null ? null : join(resolved.dataDir, cognitoDataFolder);
  if (resolved.reset && resolved.dataDir !== null) {
    resetDataDir(dir!);
    resetDataDir(join(resolved.dataDir, storeDataFolder));
  }
  const keysFile = dir === null ? null : createJsonFile<KeyFile>(dir, 'keys.json', keyFileSchema);
  const stateFile =
    dir === null ? null : createJsonFile<PersistedState>(dir, 'pool.json', poolFileSchema);
  const mailFile =
    dir === null ? null : createJsonFile<MailMessage[]>(dir, 'mailbox.json', mailboxFileSchema);

  let keyFile = keysFile?.read();
  if (!keyFile) {
    keyFile = await newKeyFile(clock.now());
    keysFile?.write(keyFile);
  }
  const identityFile = resolved.apiAuth === 'iam' ? identityPoolFile(dir) : null;
  const initialState = stateFile?.read();
  const initialIdentities = identityFile?.read();
  const initialMail = mailFile?.read() ?? [];

  let mailScheduled: NodeJS.Immediate | undefined;
  let latestMail: readonly MailMessage[] = initialMail;
  const writeMail = () => {
    mailScheduled = undefined;
    try {
      mailFile?.write([...latestMail]);
    } catch (error) {
      log(`[mailbox] could not save: ${String(error)}`);
    }
  };
  const mailbox = createMailbox(
    {
      clock,
      newId: () => randomIds.uuid(),
      log,
      onChange: (messages) => {
        latestMail = messages;
        if (mailFile) mailScheduled ??= setImmediate(writeMail);
      },
    },
    initialMail,
  );

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000 }, (req, res) =>
    handler(req, res),
  );
  server.on('clientError', (_err, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) =>
      reject(explainListenError(error, 'Cognito', resolved.cognitoPort, resolved.host));
    server.once('error', fail);
    server.listen(resolved.cognitoPort, resolved.host, () => {
      server.off('error', fail);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost =
    resolved.host === '0.0.0.0' || resolved.host === '::'
      ? '127.0.0.1'
      : resolved.host.includes(':')
        ? `[${resolved.host}]`
        : resolved.host;
  const domain = `http://${urlHost}:${port}`;
  const testIdp = resolved.testIdp
    ? serveTestIdp({ origin: domain, clock, ids: randomIds, dir, log })
    : undefined;
  const config = buildPoolConfig(resolved, domain, clock.now(), testIdp?.providers);
  const cognito = createCognitoEmulator(config, {
    clock,
    mailbox,
    keyFile,
    initialState,
    saveState: stateFile ? (s) => stateFile.write(s) : undefined,
    saveKeys: keysFile ? (k) => keysFile.write(k) : undefined,
    ...(dir === null ? {} : { poolStore: createPoolFileStore(join(dir, createdPoolsFolder)) }),
    log,
    triggers,
  });

  // apiAuth `iam`: the identity pool, before the API whose gateway checks its credentials.
  const identityPool =
    resolved.apiAuth === 'iam'
      ? createIdentityPool({
          definition: identityPoolDefinition,
          region: config.region,
          accountId: localApiLocation.accountId,
          issuer: config.issuer,
          clientId: config.clients[0]!.clientId,
          credentialsSeconds: resolved.credentialsSeconds,
          clock,
          userPool: cognito,
          file: identityFile,
          stored: initialIdentities,
          log,
        })
      : undefined;

  let api: LocalApi | undefined;
  if (resolved.api !== false) {
    try {
      api = await startLocalApi({
        host: resolved.host,
        port: resolved.api.port,
        dataDir: resolved.dataDir,
        ...(resolved.api.sharedDynamoDbEndpoint === undefined
          ? {}
          : { sharedDynamoDbEndpoint: resolved.api.sharedDynamoDbEndpoint }),
        issuer: config.issuer,
        clientId: config.clients[0]!.clientId,
        jwks: () => cognito.pool.jwks(),
        allowedOrigins: resolved.appOrigins,
        authHeader: resolved.apiAuthHeader,
        apiAuth: resolved.apiAuth,
        apiToken: resolved.apiToken,
        ...(identityPool ? { iam: { credentials: identityPool.credentials } } : {}),
        clock,
        log,
      });
    } catch (error) {
      cognito.close();
      // Only the gateway listens on a chosen port (DynamoDB Local takes a free one).
      const explained = explainListenError(
        error,
        'Transactions API',
        resolved.api.port,
        resolved.host,
      );
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      throw explained;
    }
  }
  if (api) attachStore(api.profiles);
  const apiUrl = api?.url ?? resolved.apiUrl;

  const runtimeConfig = (origin: string, base = '/') => ({
    ...buildRuntimeConfig(resolved, config, origin, base),
    apiUrl,
  });

  const mailboxAccess = { selfOrigin: domain, appOrigins: resolved.appOrigins };
  const consoleEnv: ConsoleEnvironment = {
    pools: cognito.pools,
    access: mailboxAccess,
    runtimeConfig,
    apiUrl,
    apiAuth: resolved.apiAuth,
    apiToken: resolved.apiToken,
    apiAuthHeader: resolved.apiAuthHeader,
    ...(api ? { probeAuthorizer: api.probe } : {}),
  };
  handler = (req, res) => {
    const raw = req.url ?? '/';
    if (!raw.startsWith('/') || raw.startsWith('//')) {
      res.statusCode = 400;
      res.end();
      return;
    }
    const url = new URL(raw, domain);
    if (routeMailbox(mailbox, mailboxAccess, req, res, url)) return;
    if (url.pathname === '/_dev/config.json') {
      setNoStore(res);
      res.setHeader('Access-Control-Allow-Origin', '*');
      const origin = url.searchParams.get('origin') ?? resolved.appOrigins[0]!;
      try {
        sendJson(
          res,
          200,
          runtimeConfig(origin, url.searchParams.get('base') ?? '/'),
          'application/json; charset=utf-8',
        );
      } catch (error) {
        if (!(error instanceof UnknownAppLocationError)) throw error;
        sendJson(res, 400, { error: 'invalid_request', message: error.message });
      }
      return;
    }
    if (isConsolePath(url.pathname)) {
      void routeConsole(consoleEnv, req, res, url);
      return;
    }
    if (testIdp?.answer(req, res, url)) return;
    if (identityPool && isIdentityApiCall(req, url.pathname)) {
      void identityPool.handle(req, res);
      return;
    }
    void cognito.handle(req, res, url).then((handled) => {
      if (handled) return;
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${url.pathname.slice(0, 200)}`);
    });
  };

  let closed: Promise<void> | undefined;
  return {
    urls: {
      domain,
      issuer: config.issuer,
      jwks: `${config.issuer}/.well-known/jwks.json`,
      mailbox: `${domain}/_dev/mailbox`,
      mailboxJson: `${domain}/_dev/mailbox.json`,
      console: `${domain}/_dev/console`,
      jsonApi: `${domain}/`,
      api: apiUrl,
      ...(api ? { dynamoDb: api.dynamoDbEndpoint } : {}),
    },
    userPoolId: config.userPoolId,
    clientId: config.clients[0]!.clientId,
    region: config.region,
    runtimeConfig,
    jwks: () => cognito.pool.jwks(),
    pool: cognito.pool,
    ...(api ? { api } : {}),
    ...(identityPool ? { identityPool } : {}),
    clock,
    close() {
      closed ??= Promise.all([
        api?.close(),
        new Promise<void>((resolve) => {
          cognito.close();
          if (mailScheduled) {
            clearImmediate(mailScheduled);
            writeMail();
          }
          server.close(() => resolve());
          server.closeAllConnections();
        }),
      ]).then(() => undefined);
      return closed;
    },
  };
}
