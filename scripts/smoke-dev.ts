// `npm run smoke:dev`: the newcomer's check. Runs `npm run dev` exactly as the README says,
// waits for the URLs it prints, and checks that each answers as it should: the app, its
// config.json, the issuer's discovery document, the mailbox and the API (401 without a token).
import { spawn } from 'node:child_process';
import { runtimeConfigKeys } from '../contract/runtime-config';

const help = `Usage: npm run smoke:dev [-- --timeout <seconds>]

Starts \`npm run dev\` in this folder, reads the URLs it prints, checks that the app,
config.json, the hosted UI's discovery document, the mailbox and the API answer, then
stops everything. Exits 0 when all answer, 1 when one does not, 2 on bad arguments.
Needs ports 5173, 9229 and 9230 free, and Java 17+ for DynamoDB Local.

Options:
  --timeout <s>   how long to wait for the printed URLs (default 120, 10-600)
  --help          show this help`;

function parseTimeout(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(help);
    process.exit(0);
  }
  if (argv.length === 0) return 120;
  const [flag, value, ...rest] = argv;
  const seconds = Number(value);
  if (
    flag !== '--timeout' ||
    rest.length > 0 ||
    !Number.isInteger(seconds) ||
    seconds < 10 ||
    seconds > 600
  ) {
    console.error(`smoke:dev: unexpected arguments: ${argv.join(' ')}\n\n${help}`);
    process.exit(2);
  }
  return seconds;
}

interface Check {
  readonly name: string;
  readonly url: string;
  readonly expect: (response: Response, body: string) => string | null;
}

async function runChecks(checks: readonly Check[]): Promise<boolean> {
  let ok = true;
  for (const check of checks) {
    let problem: string | null;
    try {
      const response = await fetch(check.url, { signal: AbortSignal.timeout(10_000) });
      problem = check.expect(response, await response.text());
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    console.log(
      `${problem ? 'FAIL' : 'ok  '} ${check.name} ${check.url}${problem ? `: ${problem}` : ''}`,
    );
    ok &&= problem === null;
  }
  return ok;
}

const status = (expected: number) => (response: Response) =>
  response.status === expected ? null : `expected ${expected}, got ${response.status}`;

async function main(): Promise<void> {
  const timeoutMs = parseTimeout(process.argv.slice(2)) * 1000;
  const dev = spawn('npm', ['run', 'dev'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    try {
      if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  let output = '';
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const urls = await new Promise<Record<string, string>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URLs printed within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    dev.on('exit', (code) => reject(new Error(`npm run dev exited with ${code}`)));
    dev.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = Object.fromEntries(
        [...output.matchAll(/^\s+(app|hosted UI|mailbox|API):\s+(\S+)/gm)].map((m) => [
          m[1]!,
          m[2]!,
        ]),
      );
      if (['app', 'hosted UI', 'mailbox', 'API'].every((key) => key in found)) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  }).catch((error: unknown) => {
    console.error(
      `smoke:dev: ${error instanceof Error ? error.message : error}\n--- npm run dev said:\n${output}`,
    );
    process.exit(1);
  });

  console.log(
    `npm run dev printed:\n${Object.entries(urls)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}`,
  );
  const app = urls['app']!;
  const configResponse = await fetch(new URL('config.json', app));
  const config = (await configResponse.json()) as Record<string, string>;
  const ok = await runChecks([
    {
      name: 'app',
      url: app,
      expect: (r, body) =>
        status(200)(r) ?? (body.includes('<div id="root">') ? null : 'not the SPA'),
    },
    {
      name: 'config.json',
      url: new URL('config.json', app).href,
      expect: (r) =>
        status(200)(r) ??
        (runtimeConfigKeys.every((key) => typeof config[key] === 'string') ? null : 'keys missing'),
    },
    {
      name: 'discovery',
      url: `${config['authority']}/.well-known/openid-configuration`,
      expect: status(200),
    },
    { name: 'mailbox', url: urls['mailbox']!, expect: status(200) },
    { name: 'API without a token', url: `${urls['API']}/transactions`, expect: status(401) },
  ]);
  stop();
  process.exit(ok ? 0 : 1);
}

void main();
