import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stages } from './test-stages';

const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('the stages npm test runs', () => {
  it('is what npm test runs', () => {
    expect(scripts['test']).toBe('tsx scripts/run-tiers.ts');
  });

  it('names every tier once, each an npm script that exists', () => {
    const named = stages.flat();
    expect(new Set(named).size).toBe(named.length);
    for (const script of named) expect(scripts[script], script).toBeDefined();
    const tiers = Object.keys(scripts).filter((name) => /^test:/.test(name));
    expect(named).toEqual(
      expect.arrayContaining([...tiers, 'lint', 'typecheck', 'size', 'build:api']),
    );
  });
});
