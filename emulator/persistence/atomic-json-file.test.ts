import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CorruptDataFileError, createJsonFile } from './atomic-json-file';

describe('createJsonFile', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'json-file-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads undefined before the first write and the value after it, leaving no temp file', () => {
    const d = dir();
    const file = createJsonFile(join(d, 'sub'), 'x.json', z.object({ a: z.number() }));
    expect(file.read()).toBeUndefined();
    file.write({ a: 1 });
    expect(file.read()).toEqual({ a: 1 });
    expect(readdirSync(join(d, 'sub'))).toEqual(['x.json']);
  });

  it('reports a corrupt file with a way out', () => {
    const d = dir();
    writeFileSync(join(d, 'x.json'), '{nope');
    expect(() => createJsonFile(d, 'x.json', z.unknown()).read()).toThrow(CorruptDataFileError);
  });
});
