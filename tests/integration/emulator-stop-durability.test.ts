// `npm run emulator` stopped with SIGTERM or SIGINT right after acknowledging a change: the
// pool (coalesced saves) and the mailbox (written on the next tick) are on disk after a restart.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCognito } from './start-test-emulator';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Starts the CLI on a free port over `dataDir`; resolves with its domain and the child. */
async function startCli(dataDir: string) {
  const child = spawn(
    'node_modules/.bin/tsx',
    ['emulator/main.ts', '--no-api', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const domain = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up output: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /hosted UI \/ domain : (\S+)/.exec(out);
      if (match && out.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, domain };
}

describe('stopping npm run emulator', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'keeps a change acknowledged just before %s',
    async (signal) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'stop-'));
      dirs.push(dataDir);
      const first = await startCli(dataDir);
      const probe = await startCognito();
      const clientId = probe.clientId;
      await probe.close();
      const email = `stop-${signal.toLowerCase()}@example.com`;
      const res = await fetch(`${first.domain}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp',
        },
        body: JSON.stringify({ ClientId: clientId, Username: email, Password: 'Good-Pass-1' }),
      });
      expect(res.status).toBe(200);
      const code = await new Promise<number | null>((resolve) => {
        first.child.on('exit', resolve);
        first.child.kill(signal);
      });
      expect(code).toBe(0);

      const again = await startCognito({ dataDir });
      try {
        expect(again.pool.getUser(email)).toMatchObject({ email, status: 'UNCONFIRMED' });
        expect(again.pool.mailbox.latest(email)?.code).toMatch(/^\d{6}$/);
      } finally {
        await again.close();
      }
    },
  );
});
