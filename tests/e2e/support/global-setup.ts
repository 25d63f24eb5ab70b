// Once per browser-test run: one DynamoDB Local shared by every file's emulator
// (tests/support/shared-dynamodb.ts), and the production builds the preview-mode journeys
// serve. The files run two at a time (test:e2e --maxWorkers=2): building the bundles here,
// before any worker starts, keeps two workers from building the same one side by side.
import type { TestProject } from 'vitest/node';
import { startSharedDynamoDb } from '../../support/shared-dynamodb';
import { ensurePreviewBuild } from './preview-build';

/** The base paths journeys serve the SPA under (journey 13 and spa-signup use /app/). */
const previewBases = ['/', '/app/'] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const starting = startSharedDynamoDb(project);
  // One after the other: each build uses both cores on its own.
  const building = (async () => {
    for (const base of previewBases) await ensurePreviewBuild(base);
  })();
  const [dynamo, built] = await Promise.allSettled([starting, building]);
  if (dynamo.status === 'rejected' || built.status === 'rejected') {
    if (dynamo.status === 'fulfilled') await dynamo.value.close();
    throw dynamo.status === 'rejected' ? dynamo.reason : (built as PromiseRejectedResult).reason;
  }
  return () => dynamo.value.close();
}
