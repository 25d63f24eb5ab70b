// Template tests for the CDK app, run by the root's vitest (`npm run test:infra`) with infra/
// as the root so they stay out of the app's test projects.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'infra',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Synthesis bundles the Lambda with esbuild and stages assets: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every file imports aws-cdk-lib (seconds of module loading); one worker keeps it loaded
    // across files. The tests share no module state: each builds its own App.
    isolate: false,
  },
});
