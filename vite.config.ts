import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { emulatorPlugin } from './emulator/vite-plugin.ts';

// One config for the SPA build, the dev server and every test tier.
// Tiers are named by what they need: unit-browser (jsdom), unit-node, integration (real HTTP,
// DynamoDB Local), e2e (Chromium). `npm test` runs them all.
// BASE_PATH serves the app under a sub-path (e.g. BASE_PATH=/app/ npm run build).
const base = normaliseBase(process.env['BASE_PATH']);

function normaliseBase(value: string | undefined): string {
  if (!value) return '/';
  if (!/^\/[\w\-./~]*$/.test(value) || value.includes('..')) {
    throw new Error(
      `BASE_PATH must be an absolute path such as /app/, got ${JSON.stringify(value)}`,
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}

export default defineConfig({
  base,
  plugins: [react(), emulatorPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { manifest: true, sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit-browser',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          // The SPA's pure logic (no DOM) is tested in Node: *.node.test.ts.
          exclude: [...configDefaults.exclude, 'src/**/*.node.test.ts'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-node',
          environment: 'node',
          include: [
            'contract/**/*.test.ts',
            'api/**/*.test.ts',
            'authorizer/**/*.test.ts',
            'emulator/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'eslint-rules/**/*.test.ts',
            'triggers/**/*.test.ts',
            'src/**/*.node.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
