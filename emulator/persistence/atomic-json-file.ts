import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { core } from 'zod/mini';
import { parseConfig } from '../../contract/parse-config';
import { InvalidDataFileError } from './invalid-data-file-error';

/** A JSON document on disk that is never seen half-written: write temp file, then rename. */
export interface JsonFile<T> {
  readonly path: string;
  /**
   * The stored value, or undefined when the file does not exist. Invalid JSON throws
   * CorruptDataFileError, a value of the wrong shape InvalidDataFileError; both name the file.
   */
  read(): T | undefined;
  /** Writes now, atomically. */
  write(value: T): void;
}

export class CorruptDataFileError extends Error {
  readonly code = 'CorruptDataFile';
  constructor(path: string, cause: unknown) {
    super(`${path} is not valid JSON (${String(cause)}). Fix or delete it, or start with --reset.`);
    this.name = 'CorruptDataFileError';
  }
}

let sequence = 0;

/** The file `name` in `dir`, whose content must match `schema` when read. */
export function createJsonFile<T>(
  dir: string,
  name: string,
  schema: core.$ZodType<T>,
): JsonFile<T> {
  const path = join(dir, name);
  return {
    path,
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new CorruptDataFileError(path, error);
      }
      return parseConfig(schema, value, path, InvalidDataFileError) as T;
    },
    write(value) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.${++sequence}.tmp`;
      try {
        writeFileSync(temp, JSON.stringify(value, null, 1), { mode: 0o600 });
        renameSync(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
  };
}

/**
 * Coalesces many writes into at most one per tick: callers mark the state dirty after each
 * change; `flush()` writes synchronously (used on close).
 */
export interface DebouncedWriter {
  markDirty(): void;
  flush(): void;
}

export function createDebouncedWriter(
  write: () => void,
  onError: (e: unknown) => void,
): DebouncedWriter {
  let scheduled: NodeJS.Immediate | undefined;
  const run = () => {
    scheduled = undefined;
    try {
      write();
    } catch (error) {
      onError(error);
    }
  };
  return {
    markDirty() {
      scheduled ??= setImmediate(run);
    },
    flush() {
      if (scheduled) {
        clearImmediate(scheduled);
        run();
      }
    },
  };
}

/** Empties a data folder (only the files this emulator writes live there). */
export function resetDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
