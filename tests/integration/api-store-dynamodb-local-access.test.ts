// DynamoDB Local as the stack runs it: its data under a random key kept in the data folder
// (other keys see an empty database, as DynamoDB Local listens on every interface), no CORS for
// web pages, and a stop by SIGTERM that keeps every acknowledged create. Loopback traffic only.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../api/store/create-document-client';
import { createDynamoDbTransactionStore } from '../../api/store/dynamodb-transaction-store';
import type { Transaction } from '../../contract/transaction';
import type { DynamoDbCredentials } from '../../emulator/store/dynamodb-local-credentials';
import { credentialsFileName } from '../../emulator/store/dynamodb-local-credentials';
import { ensureTransactionsTable } from '../../emulator/store/ensure-transactions-table';
import { startDynamoDbLocal } from '../../emulator/store/start-dynamodb-local';

const TABLE = 'transactions';
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ddb-access-'));
  dirs.push(dir);
  return dir;
};

const clientFor = (endpoint: string, credentials: DynamoDbCredentials, region = 'local') =>
  new DynamoDBClient({ endpoint, region, credentials: { ...credentials } });

async function tableNames(endpoint: string, credentials: DynamoDbCredentials, region?: string) {
  const client = clientFor(endpoint, credentials, region);
  try {
    return (await client.send(new ListTablesCommand({}))).TableNames ?? [];
  } finally {
    client.destroy();
  }
}

describe('DynamoDB Local access', () => {
  it('hides the data from other keys and keeps its own key across restarts', async () => {
    const dataDir = await tempDir();
    const first = await startDynamoDbLocal({ dataDir });
    try {
      const admin = clientFor(first.endpoint, first.credentials, first.region);
      await ensureTransactionsTable(admin, TABLE);
      admin.destroy();
      expect(await tableNames(first.endpoint, first.credentials, first.region)).toEqual([TABLE]);
      // A stranger on the network: the well-known local key, any other key, another region.
      const local = { accessKeyId: 'local', secretAccessKey: 'local' };
      expect(await tableNames(first.endpoint, local)).toEqual([]);
      expect(await tableNames(first.endpoint, local, 'us-east-1')).toEqual([]);
      expect(
        await tableNames(first.endpoint, { ...first.credentials, accessKeyId: 'AKIASTRANGER' }),
      ).toEqual([]);
      expect(await tableNames(first.endpoint, first.credentials, 'us-east-1')).toEqual([]);
      const file = await stat(join(dataDir, credentialsFileName));
      expect(file.mode & 0o077).toBe(0);
    } finally {
      await first.close();
    }
    const second = await startDynamoDbLocal({ dataDir });
    try {
      expect(second.credentials).toEqual(first.credentials);
      expect(await tableNames(second.endpoint, second.credentials, second.region)).toEqual([TABLE]);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('uses a fresh random key in memory and answers a web page no CORS', async () => {
    const dynamo = await startDynamoDbLocal({ dataDir: null });
    try {
      expect(dynamo.credentials.accessKeyId).toMatch(/^[A-Z0-9]{20}$/);
      expect(dynamo.credentials.accessKeyId).not.toBe('local');
      const preflight = await fetch(dynamo.endpoint, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://evil.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-amz-target',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await dynamo.close();
    }
  }, 90_000);
});

interface Child {
  readonly process: ChildProcess;
  readonly endpoint: string;
  readonly credentials: DynamoDbCredentials;
  readonly region: string;
}

/** Starts tests/integration/fixtures/run-dynamodb-local.ts on `dataDir` in its own process. */
async function startChild(dataDir: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fixtures/run-dynamodb-local.ts'), dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  return { process: child, ...(JSON.parse(line) as Omit<Child, 'process'>) };
}

const exitOf = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );

const transaction = (n: number): Transaction => ({
  id: `01J0000000000000000000${String(n).padStart(4, '0')}`,
  date: '2026-01-15',
  description: `burst ${n}`,
  amount: 100 + n,
  currency: 'USD',
  createdAt: '2026-01-15T10:00:00.000Z',
  updatedAt: '2026-01-15T10:00:00.000Z',
  version: 1,
});

describe('DynamoDB Local stop and restart', () => {
  it('keeps every acknowledged create when its process gets SIGTERM right after the burst', async () => {
    const dataDir = await tempDir();
    const owner = 'b1e5c0de-0000-4000-8000-000000000001';
    const acknowledged: string[] = [];
    // Two cycles: with SIGKILL-like stops the last commit is lost in most tries (see report).
    for (let cycle = 0; cycle < 2; cycle++) {
      const child = await startChild(dataDir);
      const exited = exitOf(child.process);
      const admin = clientFor(child.endpoint, child.credentials, child.region);
      await ensureTransactionsTable(admin, TABLE);
      admin.destroy();
      const documents = createDocumentClient(child);
      const store = createDynamoDbTransactionStore({ client: documents, tableName: TABLE });
      const burst = Array.from({ length: 30 }, (_, i) => transaction(cycle * 100 + i));
      // The creates share one currency total, so they serialise inside DynamoDB Local.
      await Promise.all(
        burst.map(async (item) => {
          await store.create(owner, item);
          acknowledged.push(item.id);
        }),
      );
      child.process.kill('SIGTERM');
      documents.destroy();
      expect(await exited).toBe('SIGTERM');
    }
    const last = await startChild(dataDir);
    const exited = exitOf(last.process);
    const documents = createDocumentClient(last);
    try {
      const store = createDynamoDbTransactionStore({ client: documents, tableName: TABLE });
      const page = await store.list(owner, 100);
      expect(page.items.map((item) => item.id).sort()).toEqual([...acknowledged].sort());
    } finally {
      documents.destroy();
      last.process.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});
