// For tests of every configuration edge: run the edge, get back what it refused.
import { ConfigError } from './config-error';
import type { ConfigProblem } from './config-error';

/** The problems `run` throws as a ConfigError, or [] when it accepts; other errors pass through. */
export function configProblemsOf(run: () => unknown): readonly ConfigProblem[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
