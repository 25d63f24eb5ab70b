// Browser tests share one DynamoDB Local across files (tests/e2e/support/global-setup.ts): each
// emulator must still see only its own data, and closing one must not stop the shared JVM.
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTableName } from '../../api/store/table-schema';
import type { Emulator } from '../../emulator/create-emulator';
import { startDynamoDbLocal } from '../../emulator/store/start-dynamodb-local';
import type { DynamoDbLocal } from '../../emulator/store/start-dynamodb-local';
import { signInWithPassword, startTestEmulator, testAppOrigin } from './start-test-emulator';

let dynamo: DynamoDbLocal;
let first: Emulator;
let second: Emulator;

beforeAll(async () => {
  dynamo = await startDynamoDbLocal({ host: '127.0.0.1', port: 0, dataDir: null });
  const api = { port: 0, sharedDynamoDbEndpoint: dynamo.endpoint };
  [first, second] = await Promise.all([startTestEmulator({ api }), startTestEmulator({ api })]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await dynamo?.close();
});

async function createTransaction(emulator: Emulator, email: string): Promise<number> {
  const { idToken } = await signInWithPassword(emulator, email);
  const response = await fetch(`${emulator.urls.api}/transactions`, {
    method: 'POST',
    headers: { Authorization: idToken, 'Content-Type': 'application/json', Origin: testAppOrigin },
    body: JSON.stringify({
      date: '2026-01-02',
      amount: -1250,
      currency: 'EUR',
      description: 'lunch',
    }),
  });
  return response.status;
}

function itemsSeenBy(emulator: Emulator): Promise<number> {
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: emulator.api!.dynamoDbRegion,
    credentials: { ...emulator.api!.dynamoDbCredentials },
  });
  return client
    .send(new ScanCommand({ TableName: defaultTableName, Select: 'COUNT' }))
    .then((result) => result.Count ?? 0)
    .finally(() => client.destroy());
}

describe('emulators sharing one DynamoDB Local', () => {
  it('each see their own database only', async () => {
    expect(first.urls.dynamoDb).toBe(dynamo.endpoint);
    expect(first.api!.dynamoDbCredentials).not.toEqual(second.api!.dynamoDbCredentials);
    expect(await createTransaction(first, 'a@example.com')).toBe(201);
    const inFirst = await itemsSeenBy(first);
    expect(inFirst).toBeGreaterThan(0);
    expect(await itemsSeenBy(second)).toBe(0);
  });

  it('leave the shared process running when one closes', async () => {
    await first.close();
    expect(await createTransaction(second, 'b@example.com')).toBe(201);
    expect(await itemsSeenBy(second)).toBeGreaterThan(0);
  });
});
