// Once per browser-test run: one DynamoDB Local shared by every file's emulator, and the
// production builds the preview-mode journeys serve. Each emulator takes a fresh random key on
// DynamoDB Local (emulator/start-local-api.ts), which keeps one database per key, so the files
// stay as isolated as with a JVM each, without paying a JVM start (2-4 s on two cores) per file
// and server mode. The files run two at a time (test:e2e --maxWorkers=2): building the bundles
// here, before any worker starts, keeps two workers from building the same one side by side.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../../emulator/store/start-dynamodb-local';
import { ensurePreviewBuild } from './preview-build';

declare module 'vitest' {
  export interface ProvidedContext {
    readonly sharedDynamoDbEndpoint: string;
  }
}

/** The base paths journeys serve the SPA under (journey 13 and spa-signup use /app/). */
const previewBases = ['/', '/app/'] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const starting = startDynamoDbLocal({ host: '127.0.0.1', port: 0, dataDir: null });
  // One after the other: each build uses both cores on its own.
  const building = (async () => {
    for (const base of previewBases) await ensurePreviewBuild(base);
  })();
  const [dynamo, built] = await Promise.allSettled([starting, building]);
  if (dynamo.status === 'rejected' || built.status === 'rejected') {
    if (dynamo.status === 'fulfilled') await dynamo.value.close();
    throw dynamo.status === 'rejected' ? dynamo.reason : (built as PromiseRejectedResult).reason;
  }
  project.provide('sharedDynamoDbEndpoint', dynamo.value.endpoint);
  return () => dynamo.value.close();
}
