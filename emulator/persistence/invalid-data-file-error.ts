import { ConfigError, type ConfigProblem } from '../../contract/config-error';

/**
 * A data file that is valid JSON but not the shape the emulator wrote (hand-edited, truncated
 * by another tool, from another version). Like CorruptDataFileError, it names the file and the
 * way out, so start-up stops with a sentence instead of a TypeError deep in the pool.
 */
export class InvalidDataFileError extends ConfigError {
  override readonly name: string = 'InvalidDataFileError';
  override readonly code: string = 'InvalidDataFile';
  constructor(path: string, problems: readonly ConfigProblem[]) {
    super(
      `data file ${path}`,
      problems.map((p) => ({ path: p.path, message: `${p.path || 'the file'}: ${p.message}` })),
    );
    this.message += '\nFix or delete the file, or start with --reset.';
  }
}
