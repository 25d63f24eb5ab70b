// Bundles the Lambda (api/handler.ts) with esbuild into dist-api/, the AWS SDK left out (the
// Node.js 22 Lambda runtime ships it), and fails when the minified bundle passes its budget.

import { build } from 'esbuild';
import { mkdir, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const budgetBytes = 150 * 1024;
const root = resolve(fileURLToPath(import.meta.url), '../..');
const outdir = resolve(root, 'dist-api');
const outfile = resolve(outdir, 'handler.mjs');

const help = `Usage: npm run build:api [-- --help]

Bundles api/handler.ts for AWS Lambda (Node.js 22, ESM, minified, @aws-sdk/* external)
into dist-api/handler.mjs (+ .map), prints its size and exits 1 above ${budgetBytes / 1024} KB.
The CDK stack deploys dist-api/ with handler "handler.handler".`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(help);
    return 0;
  }
  const unknown = args.filter((arg) => arg.trim() !== '');
  if (unknown.length > 0) {
    console.error(`build-api: unknown argument(s): ${unknown.join(' ')}\n\n${help}`);
    return 2;
  }
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [resolve(root, 'api/handler.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
    external: ['@aws-sdk/*'],
    metafile: true,
    logLevel: 'warning',
  });
  const size = (await stat(outfile)).size;
  const inputs = Object.entries(
    result.metafile.outputs[outfile.slice(root.length + 1)]?.inputs ?? {},
  )
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, 5)
    .map(([path, info]) => `  ${(info.bytesInOutput / 1024).toFixed(1).padStart(6)} KB  ${path}`);
  const verdict = size <= budgetBytes ? 'within' : 'OVER';
  console.log(
    `dist-api/handler.mjs: ${(size / 1024).toFixed(1)} KB minified (${verdict} the ${budgetBytes / 1024} KB budget)`,
  );
  if (inputs.length > 0) console.log(`largest inputs:\n${inputs.join('\n')}`);
  return size <= budgetBytes ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('build-api failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
