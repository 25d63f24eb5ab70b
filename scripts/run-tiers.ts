// `npm test`'s runner: the test tiers in stages, each stage's scripts side by side, so the whole
// run fits its 15-minute budget on two cores. Tiers that wait on a browser or on loopback HTTP
// leave a core idle much of the time; CPU-bound synthesis (infra) fills it. A stage starts only
// when the one before passed; the first failure ends the run with its exit code, and each
// script's output is printed whole when it ends (never interleaved), with its time.
import { spawn } from 'node:child_process';
import { stages } from './test-stages';

const usage = `Usage: npm test  (or: tsx scripts/run-tiers.ts [--list])

Runs every test tier of the repository, in stages (scripts in one stage run in parallel):
${'{stages}'}
--list prints the stages and exits. Exit code: 0 when every script passed, else the first
failing script's code.`;

function describeStages(): string {
  return stages.map((scripts, i) => `  ${i + 1}. ${scripts.join(' + ')}`).join('\n');
}

interface Finished {
  readonly script: string;
  readonly code: number;
  readonly seconds: number;
  readonly output: string;
}

function runScript(script: string): Promise<Finished> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (code: number) =>
      resolve({
        script,
        code,
        seconds: Math.round((performance.now() - started) / 1000),
        output: Buffer.concat(chunks).toString('utf8'),
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${String(error)}\n`));
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage.replace('{stages}', describeStages()));
    return 0;
  }
  if (args.includes('--list')) {
    console.log(describeStages());
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--list');
  if (unknown.length > 0) {
    console.error(`run-tiers: unknown argument ${JSON.stringify(unknown[0]!.slice(0, 40))}`);
    console.error(usage.replace('{stages}', describeStages()));
    return 2;
  }
  const total = performance.now();
  for (const scripts of stages) {
    console.log(`\n▶ ${scripts.join(' + ')}`);
    const results = await Promise.all(
      scripts.map((script) =>
        runScript(script).then((result) => {
          process.stdout.write(result.output);
          console.log(`◀ ${result.script}: exit ${result.code} in ${result.seconds} s`);
          return result;
        }),
      ),
    );
    const failed = results.find((result) => result.code !== 0);
    if (failed) {
      console.error(`\nnpm test: ${failed.script} failed (exit ${failed.code}).`);
      return failed.code;
    }
  }
  console.log(
    `\nnpm test: every tier passed in ${Math.round((performance.now() - total) / 1000)} s`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
