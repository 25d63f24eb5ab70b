// One DynamoDB Local for a whole vitest project run (integration and e2e global setups). Each
// emulator takes a fresh random key on it (emulator/start-local-api.ts) and DynamoDB Local keeps
// one database per key, so test files stay as isolated as with a JVM each, without paying a JVM
// start (2-4 s of both cores) per emulator.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../emulator/store/start-dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    readonly sharedDynamoDbEndpoint: string;
  }
}

/** Starts the shared DynamoDB Local and hands its endpoint to the project's tests. */
export async function startSharedDynamoDb(project: TestProject): Promise<DynamoDbLocal> {
  const dynamo = await startDynamoDbLocal({ host: '127.0.0.1', port: 0, dataDir: null });
  project.provide('sharedDynamoDbEndpoint', dynamo.endpoint);
  return dynamo;
}
