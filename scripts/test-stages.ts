// What `npm test` runs (scripts/run-tiers.ts), as data: stages in order, the npm scripts of one
// stage side by side. The browser journeys spend much of their time waiting on pages and
// loopback HTTP, so the CPU-bound template synthesis shares their stage.
export const stages: readonly (readonly string[])[] = [
  ['lint', 'typecheck'],
  ['test:unit'],
  ['test:integration'],
  ['test:e2e', 'test:infra'],
  ['size', 'build:api'],
];
