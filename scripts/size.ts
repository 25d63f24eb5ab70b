// Bundle budget: prints every emitted chunk's gzip and brotli size and fails when the JS + CSS
// the first page (`/`) loads — the entry, its static imports and their CSS, from Vite's
// manifest, plus the language text main.tsx loads before the first render (the largest
// language's, src/i18n/messages/<locale>/first-page.ts) — passes 90 KB gzip. Signed-in pages
// load lazily and are listed, not counted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

const budgetBytes = 90 * 1024;
const usage = `Usage: npm run size [-- --no-build] [--dist <dir>]

Builds the app (vite build) unless --no-build, then prints the gzip and brotli size of each
emitted JS and CSS file and fails (exit 1) when the first page's JS + CSS exceeds 90 KB gzip.`;

/** Files the entry loads before anything renders: itself, its static imports, their CSS. */
export function firstPageFiles(manifest: Manifest): string[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('The manifest has no entry chunk.');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  visit(entry[0]);
  return [...files];
}

/** Each language's first-page text chunk: one of them loads before the first render. */
export function firstPageTextFiles(manifest: Manifest): string[] {
  return Object.values(manifest)
    .filter((chunk) => /^src\/i18n\/messages\/[^/]+\/first-page\.ts$/.test(chunk.src ?? ''))
    .map((chunk) => chunk.file);
}

function sizes(file: string) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`.padStart(10);

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const distIndex = argv.indexOf('--dist');
  const dist = path.resolve(distIndex >= 0 ? (argv[distIndex + 1] ?? '') : 'dist');
  const unknown = argv.filter(
    (a, i) => !['--no-build', '--dist'].includes(a) && argv[i - 1] !== '--dist',
  );
  if (unknown.length > 0 || (distIndex >= 0 && !argv[distIndex + 1])) {
    console.error(`Unknown or incomplete arguments: ${argv.join(' ')}\n\n${usage}`);
    return 2;
  }
  if (!argv.includes('--no-build')) {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (built.status !== 0) return built.status ?? 1;
  }
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`No ${manifestPath}: build with build.manifest: true (vite.config.ts).`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const firstPage = new Set(firstPageFiles(manifest));
  const textFiles = new Set(firstPageTextFiles(manifest));
  const assets = path.join(dist, 'assets');
  const emitted = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => ({ file: `assets/${name}`, ...sizes(path.join(assets, name)) }))
    .sort((a, b) => b.gzip - a.gzip);

  console.log(
    `\n${'file'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}  first page`,
  );
  for (const chunk of emitted) {
    const mark = firstPage.has(chunk.file) ? '  yes' : textFiles.has(chunk.file) ? '  text' : '';
    console.log(
      `${chunk.file.padEnd(48)}${kb(chunk.raw)}${kb(chunk.gzip)}${kb(chunk.brotli)}${mark}`,
    );
  }
  // The heaviest language counts: a Korean visitor loads the Korean text, not the English.
  const text = emitted
    .filter((chunk) => textFiles.has(chunk.file))
    .reduce((max, c) => (c.gzip > max.gzip ? c : max), { file: '', raw: 0, gzip: 0, brotli: 0 });
  const counted = [...emitted.filter((chunk) => firstPage.has(chunk.file)), text];
  const total = counted.reduce(
    (sum, c) => ({ gzip: sum.gzip + c.gzip, brotli: sum.brotli + c.brotli }),
    { gzip: 0, brotli: 0 },
  );
  const lazy = emitted
    .filter((chunk) => !firstPage.has(chunk.file) && chunk.file !== text.file)
    .reduce((sum, c) => sum + c.gzip, 0);
  console.log(
    `\nfirst page (${counted.length - 1} files + the largest language's text, ${text.file || 'none'}): ${kb(total.gzip).trim()} gzip, ${kb(total.brotli).trim()} brotli; budget ${kb(budgetBytes).trim()} gzip`,
  );
  console.log(`loaded on demand: ${kb(lazy).trim()} gzip`);
  if (total.gzip > budgetBytes) {
    console.error(`\nOver budget by ${kb(total.gzip - budgetBytes).trim()} gzip.`);
    return 1;
  }
  const indexHtml = path.join(dist, 'index.html');
  if (existsSync(indexHtml) && statSync(indexHtml).size > 0) console.log('within budget');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
