// DynamoDB Local start-up: a free port, in memory or persisted, the table created as the CDK
// stack creates it (idempotently, with TTL), and the JVM gone after close().

import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { transactionsTableSchema } from '../../api/store/table-schema';
import { ensureTransactionsTable } from '../../emulator/store/ensure-transactions-table';
import { startDynamoDbLocal } from '../../emulator/store/start-dynamodb-local';

const clientFor = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

const answers = (endpoint: string) =>
  fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1_000) }).then(
    () => true,
    () => false,
  );

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('startDynamoDbLocal', () => {
  it('serves on a free loopback port and stops answering after close()', async () => {
    const dynamo = await startDynamoDbLocal({ port: 0 });
    expect(dynamo.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await answers(dynamo.endpoint)).toBe(true);
    await dynamo.close();
    expect(await answers(dynamo.endpoint)).toBe(false);
  }, 90_000);

  it('creates the table like the CDK stack, idempotently, with TTL, and keeps it on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddb-local-'));
    dirs.push(dataDir);
    const first = await startDynamoDbLocal({ port: 0, dataDir });
    const client = clientFor(first.endpoint);
    try {
      await ensureTransactionsTable(client, 'transactions');
      await ensureTransactionsTable(client, 'transactions');
      const table = (await client.send(new DescribeTableCommand({ TableName: 'transactions' })))
        .Table;
      expect(table?.KeySchema).toEqual([
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ]);
      expect(table?.LocalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(
        transactionsTableSchema.localSecondaryIndexes.map((index) => index.indexName),
      );
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: 'transactions' }));
      expect(ttl.TimeToLiveDescription).toMatchObject({
        TimeToLiveStatus: 'ENABLED',
        AttributeName: 'expiresAt',
      });
    } finally {
      client.destroy();
      await first.close();
    }
    const second = await startDynamoDbLocal({ port: 0, dataDir });
    const again = clientFor(second.endpoint);
    try {
      const tables = await again.send(new ListTablesCommand({}));
      expect(tables.TableNames).toContain('transactions');
    } finally {
      again.destroy();
      await second.close();
    }
  }, 120_000);
});
