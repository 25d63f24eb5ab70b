// Once per browser-test run: one DynamoDB Local shared by every file's emulator. Each emulator
// takes a fresh random key on it (emulator/start-local-api.ts), and DynamoDB Local keeps one
// database per key, so the files stay as isolated as with a JVM each, without paying a JVM
// start (2-4 s on two cores) per file and server mode.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../../emulator/store/start-dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    readonly sharedDynamoDbEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamo = await startDynamoDbLocal({ host: '127.0.0.1', port: 0, dataDir: null });
  project.provide('sharedDynamoDbEndpoint', dynamo.endpoint);
  return () => dynamo.close();
}
