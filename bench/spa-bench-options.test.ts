import { describe, expect, it } from 'vitest';
import { parseSpaBenchOptions } from './spa-bench-options';

describe('parseSpaBenchOptions', () => {
  it('defaults to 10 runs on the production build', () => {
    expect(parseSpaBenchOptions([])).toEqual({ runs: 10, mode: 'preview' });
  });

  it('reads --runs and --mode', () => {
    expect(parseSpaBenchOptions(['--runs', '3', '--mode', 'dev'])).toEqual({
      runs: 3,
      mode: 'dev',
    });
  });

  it.each([['--help'], ['-h']])('answers help for %s', (flag) => {
    expect(parseSpaBenchOptions(['--runs', '5', flag])).toBe('help');
  });

  it.each([
    [['--runs'], /--runs needs an integer/],
    [['--runs', '0'], /--runs needs an integer/],
    [['--runs', '201'], /--runs needs an integer/],
    [['--runs', '9'.repeat(400)], /--runs needs an integer/],
    [['--runs', '2.5'], /--runs needs an integer/],
    [['--runs', '1e2'], /--runs needs an integer/],
    [['--runs', '--mode'], /--runs needs an integer/],
    [['--mode'], /--mode needs "preview" or "dev"/],
    [['--mode', 'production'], /--mode needs "preview" or "dev"/],
    [['--mode', '__proto__'], /--mode needs "preview" or "dev"/],
    [['--fast'], /Unknown argument "--fast"/],
    [['x'.repeat(10_000)], /^Unknown argument "x{40}"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSpaBenchOptions(argv)).toThrow(message);
  });
});
