import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A JSON document on disk that is never seen half-written: write temp file, then rename. */
export interface JsonFile<T> {
  readonly path: string;
  /** The stored value, or undefined when the file does not exist. Corrupt files throw. */
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

export function createJsonFile<T>(dir: string, name: string): JsonFile<T> {
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
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        throw new CorruptDataFileError(path, error);
      }
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
