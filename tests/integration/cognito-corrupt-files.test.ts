// A data folder whose files are valid JSON of the wrong shape (hand-edited, truncated by another
// tool): start-up stops with a message naming the file and --reset, never a TypeError or an
// OpenSSL error, in the library and in the CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cognitoDataFolder, createdPoolsFolder } from '../../emulator/create-emulator';
import { InvalidDataFileError } from '../../emulator/persistence/invalid-data-file-error';
import { startCognito } from './start-test-emulator';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data folder holding one file of `content`. */
function dataDirWith(file: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'corrupt-'));
  dirs.push(dir);
  mkdirSync(join(dir, cognitoDataFolder));
  writeFileSync(join(dir, cognitoDataFolder, file), JSON.stringify(content));
  return dir;
}

const pool = { version: 1, users: [], tokenFamilies: [], groups: [] };
const cases: [string, string, unknown, RegExp][] = [
  ['users that is not a list', 'pool.json', { ...pool, users: 'x' }, /users: must be a list/],
  ['users holding null', 'pool.json', { ...pool, users: [null] }, /users\[0\]: must be an object/],
  [
    'tokenFamilies as an object',
    'pool.json',
    { ...pool, tokenFamilies: {} },
    /tokenFamilies: must be a list/,
  ],
  ['null as the whole pool', 'pool.json', null, /the file: must be an object/],
  ['keys.json of {}', 'keys.json', {}, /version: must be 1[\s\S]*keys: must be a list/],
  [
    'a bad PEM',
    'keys.json',
    {
      version: 1,
      keys: [
        { kid: 'k', use: 'id', privateKeyPem: 'nope', createdAt: 0, retiredAt: null },
        { kid: 'k2', use: 'access', privateKeyPem: 'nope', createdAt: 0, retiredAt: null },
      ],
    },
    /keys\[0\]\.privateKeyPem: privateKeyPem is not a readable PEM private key/,
  ],
  ['keys without an active key', 'keys.json', { version: 1, keys: [] }, /needs an active/],
  ['a mailbox that is not a list', 'mailbox.json', { a: 1 }, /must be a list of messages/],
  ['a message holding null', 'mailbox.json', [null], /\[0\]: must be an object/],
];

describe('corrupt data files', () => {
  it.each(cases)(
    'refuses %s, naming the file and --reset',
    async (_name, file, content, detail) => {
      const dataDir = dataDirWith(file, content);
      const error = await startCognito({ dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDataFileError);
      const { message } = error as Error;
      expect(message).toContain(join(dataDir, cognitoDataFolder, file));
      expect(message).toContain('--reset');
      expect(message).toMatch(detail);
    },
  );

  it('stops the CLI with the message and no stack', () => {
    const dataDir = dataDirWith('pool.json', { ...pool, users: [null] });
    const r = spawnSync(
      'node_modules/.bin/tsx',
      ['emulator/main.ts', '--no-api', '--port', '0', '--data-dir', dataDir],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(dataDir, cognitoDataFolder, 'pool.json'));
    expect(r.stderr).toContain('--reset');
    expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('refuses a created pool whose file lost its keys, naming the file and --reset', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'corrupt-'));
    dirs.push(dataDir);
    const folder = join(dataDir, cognitoDataFolder, createdPoolsFolder);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'local_Abcdefgh1.json');
    const settings = {
      userPoolId: 'local_Abcdefgh1',
      userPoolName: 'broken',
      region: 'local',
      clients: [],
      passwordPolicy: {},
    };
    writeFileSync(file, JSON.stringify({ version: 1, config: settings, keys: {}, state: pool }));
    const error = await startCognito({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataFileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('--reset');
    expect((error as Error).message).toMatch(/keys\.version: must be 1/);
  });
});
