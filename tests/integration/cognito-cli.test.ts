import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/create-emulator';
import { InvalidEmulatorOptionsError } from '../../emulator/emulator-options';

const tsx = 'node_modules/.bin/tsx';
const run = (...args: string[]) =>
  spawnSync(tsx, ['emulator/main.ts', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('emulator CLI', () => {
  it('prints help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--rotate-keys');
    expect(r.stdout).toContain('--no-test-idp');
  });

  it.each([
    ['an unknown option', ['--bogus']],
    ['a non-numeric port', ['--port', 'abc']],
    ['a port out of range', ['--port', '70000']],
    ['rotation without a data folder', ['--rotate-keys', '--in-memory']],
    ['an unknown API mode', ['--api-auth', 'oauth']],
    ['an unknown token type', ['--api-token', 'refresh']],
    ['a value for --no-test-idp', ['--no-test-idp=yes']],
    ['access tokens with the IAM mode', ['--api-auth', 'iam', '--api-token', 'access']],
    ['access tokens with the Lambda authorizer', ['--api-auth', 'lambda', '--api-token', 'access']],
  ])('refuses %s with exit code 2 and a message', (_name, args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/emulator: [\s\S]+Run with --help/);
  });

  it('names the choices when --api-auth is wrong', () => {
    const r = run('--api-auth', 'OAuth<script>');
    expect(r.stderr).toContain(
      '--api-auth must be one of cognito, iam, lambda (got "OAuth<script>")',
    );
  });

  it('names both flags when --api-token access meets another --api-auth', () => {
    const r = run('--api-auth', 'lambda', '--api-token', 'access');
    expect(r.stderr).toContain('--api-token access needs --api-auth cognito');
  });

  it('serves a config.json with apiToken access for --api-token access', async () => {
    const { child, out } = await startCli(
      '--port',
      '0',
      '--no-api',
      '--in-memory',
      '--api-token',
      'access',
    );
    try {
      const domain = /hosted UI \/ domain : (\S+)/.exec(out)![1]!;
      const config = (await (await fetch(`${domain}/_dev/config.json`)).json()) as {
        apiAuth: string;
        apiToken: string;
      };
      expect(config).toMatchObject({ apiAuth: 'cognito', apiToken: 'access' });
    } finally {
      await stopCli(child);
    }
  });

  it('prints its URLs and closes cleanly on Ctrl-C', async () => {
    const { child, out } = await startCli('--port', '0', '--api-port', '0', '--in-memory');
    for (const label of ['hosted UI / domain', 'issuer (authority)', 'mailbox', 'JSON API'])
      expect(out).toContain(label);
    const issuer = /issuer \(authority\) : (\S+)/.exec(out)![1]!;
    expect((await fetch(`${issuer}/.well-known/openid-configuration`)).status).toBe(200);
    // The local test IdP is on by default (issue 19).
    const domain = /hosted UI \/ domain : (\S+)/.exec(out)![1]!;
    expect((await fetch(`${domain}/_test-idp/.well-known/openid-configuration`)).status).toBe(200);
    expect(await stopCli(child)).toBe(0);
  });

  it('runs without the local test IdP with --no-test-idp', async () => {
    const { child, out } = await startCli(
      '--port',
      '0',
      '--no-api',
      '--in-memory',
      '--no-test-idp',
    );
    try {
      const domain = /hosted UI \/ domain : (\S+)/.exec(out)![1]!;
      expect((await fetch(`${domain}/_test-idp/.well-known/openid-configuration`)).status).toBe(
        404,
      );
    } finally {
      await stopCli(child);
    }
  });
});

/** Starts `npm run emulator` with `args`; resolves with its start-up output once it is ready. */
async function startCli(...args: string[]): Promise<{ child: ChildProcess; out: string }> {
  const child = spawn(tsx, ['emulator/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up output: ${out}`)), 50_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { child, out };
}

/** Ctrl-C; resolves with the exit code. */
function stopCli(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGINT');
  });
}

describe('createEmulator options', () => {
  it('lists every invalid option at once', async () => {
    const error = await createEmulator({
      cognitoPort: -1,
      appOrigins: ['http://x/y'],
      appBasePaths: ['app'],
      apiUrl: 'nope',
      tokenLifetimes: { idTokenSeconds: 0 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidEmulatorOptionsError);
    expect((error as InvalidEmulatorOptionsError).problems).toHaveLength(5);
  });
});
