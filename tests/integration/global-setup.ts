// Once per integration run: one DynamoDB Local that `startTestEmulator` puts every emulator's
// API on (tests/support/shared-dynamodb.ts). Files that test DynamoDB Local itself (its start,
// its data directory, a shared endpoint gone away) still start their own.
import type { TestProject } from 'vitest/node';
import { startSharedDynamoDb } from '../support/shared-dynamodb';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamo = await startSharedDynamoDb(project);
  return () => dynamo.close();
}
