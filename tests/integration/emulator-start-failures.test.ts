// What a developer sees when the stack cannot start: a taken port (another `npm run dev` or
// emulator), a bad port setting, Java missing. One sentence naming the cause and the way out,
// no stack trace, and a non-zero exit, from `npm run emulator` and from the Vite plugin alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertJava } from '../../emulator/store/start-dynamodb-local';
import { emulatorPlugin, type EmulatorPluginOptions } from '../../emulator/vite-plugin';

const javaAvailable = await assertJava().then(
  () => true,
  () => false,
);
const stack = /\n\s+at /;

let busy: NetServer;
let busyPort: number;
beforeAll(async () => {
  busy = createNetServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

const runCli = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['emulator/main.ts', '--in-memory', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run emulator', () => {
  it('names a taken Cognito port, who may hold it and how to pick another', () => {
    const r = runCli('--no-api', '--port', String(busyPort));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Cognito port ${busyPort} on 127.0.0.1 is already in use`);
    expect(r.stderr).toContain('another `npm run dev` or `npm run emulator`');
    expect(r.stderr).toContain('--port <n>');
    expect(r.stderr).not.toMatch(stack);
  });

  it.runIf(javaAvailable)('names a taken API port', () => {
    const r = runCli('--port', '0', '--api-port', String(busyPort));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Transactions API port ${busyPort} on 127.0.0.1 is already in use`);
    expect(r.stderr).toContain('--api-port <n>');
    expect(r.stderr).not.toMatch(stack);
  });
});

describe('the Vite plugin (npm run dev)', () => {
  const dirs: string[] = [];
  const servers: ViteDevServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  /** Starts Vite on a free port in an empty app folder with `env` as its .env; resolves on exit. */
  async function devServer(env: string, plugin: Partial<EmulatorPluginOptions> = {}) {
    const root = mkdtempSync(join(tmpdir(), 'vite-plugin-'));
    dirs.push(root);
    writeFileSync(join(root, '.env'), env);
    const errors: string[] = [];
    const logger = createLogger('silent');
    logger.error = (message) => void errors.push(message);
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const server = await createServer({
      configFile: false,
      root,
      customLogger: logger,
      server: { host: '127.0.0.1', port: 0 },
      plugins: [emulatorPlugin({ runUnderVitest: true, exit: exited, ...plugin })],
    });
    servers.push(server);
    await server.listen();
    return { code: await exit, errors: errors.join('\n') };
  }

  it('stops with exit code 1 and the message when COGNITO_PORT is taken', async () => {
    const { code, errors } = await devServer(`COGNITO_PORT=${busyPort}\n`);
    expect(code).toBe(1);
    expect(errors).toContain(`Cognito port ${busyPort} on 127.0.0.1 is already in use`);
    expect(errors).toContain('COGNITO_PORT=<n>');
    expect(errors).not.toMatch(stack);
  });

  it('refuses a port setting that is not a port, naming it', async () => {
    const { code, errors } = await devServer('API_PORT=abc\n');
    expect(code).toBe(1);
    expect(errors).toContain('API_PORT must be a port number 0-65535 (got "abc")');
    expect(errors).not.toMatch(stack);
  });

  it('passes on why DynamoDB Local cannot start (Java missing) without a stack', async () => {
    const { code, errors } = await devServer('', {
      start: () => assertJava('/nonexistent/java').then(() => Promise.reject(new Error('no'))),
    });
    expect(code).toBe(1);
    expect(errors).toContain('Java was not found');
    expect(errors).not.toMatch(stack);
  });

  it("passes the .env file's SIGNUP_* settings and the plugin's trigger files to the emulator", async () => {
    let seen: Parameters<NonNullable<EmulatorPluginOptions['start']>>[0] | undefined;
    const { code } = await devServer(
      'SIGNUP_ALLOWED_DOMAINS=example.com\nSIGNUP_AUTO_CONFIRM_DOMAINS=corp.example\nOTHER=x\n',
      {
        triggers: { PreSignUp: './mine.ts' },
        start: (options) => {
          seen = options;
          return Promise.reject(new Error('stop here'));
        },
      },
    );
    expect(code).toBe(1);
    expect(seen?.triggerEnvironment).toEqual({
      SIGNUP_ALLOWED_DOMAINS: 'example.com',
      SIGNUP_AUTO_CONFIRM_DOMAINS: 'corp.example',
    });
    expect(seen?.triggers).toEqual({ PreSignUp: './mine.ts' });
  });

  it('passes API_TOKEN=access to the emulator, and refuses it beside API_AUTH=iam', async () => {
    let seen: Parameters<NonNullable<EmulatorPluginOptions['start']>>[0] | undefined;
    const stop = (options: typeof seen) => {
      seen = options;
      return Promise.reject(new Error('stop here'));
    };
    expect((await devServer('API_TOKEN=access\n', { start: stop })).code).toBe(1);
    expect(seen).toMatchObject({ apiToken: 'access' });
    seen = undefined;
    const { code, errors } = await devServer('API_AUTH=iam\nAPI_TOKEN=access\n', { start: stop });
    expect(code).toBe(1);
    expect(errors).toContain('API_TOKEN access needs API_AUTH cognito');
    expect(seen).toBeUndefined();
    expect(errors).not.toMatch(stack);
  });
});
