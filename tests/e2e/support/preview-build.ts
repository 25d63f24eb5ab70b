// The production build for preview-mode browser tests, built once per source state and base.
// Keyed by a hash of everything that goes into the bundle, so a run after a change rebuilds
// and a run without one reuses the previous build (node_modules/.cache/e2e-preview/<key>/).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const inputs = ['src', 'contract', 'public', 'index.html', 'package-lock.json'] as const;
const maxFiles = 5_000;

function listFiles(root: string, entry: string, out: string[]): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    out.push(entry);
    return;
  }
  for (const name of readdirSync(full).sort()) {
    if (out.length > maxFiles) throw new Error(`More than ${maxFiles} files under ${entry}`);
    listFiles(root, path.join(entry, name), out);
  }
}

/** A short hash of the bundle's inputs and the base path. */
export function buildKey(root: string, base: string): string {
  const hash = createHash('sha256').update(base);
  const files: string[] = [];
  for (const entry of inputs) listFiles(root, entry, files);
  for (const file of files) {
    if (/\.test\.tsx?$/.test(file)) continue;
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const dayMs = 86_400_000;

// Each source change leaves a build behind; drop those nobody used for a day.
function pruneOldBuilds(cacheRoot: string): void {
  for (const name of readdirSync(cacheRoot)) {
    const full = path.join(cacheRoot, name);
    if (Date.now() - statSync(full).mtimeMs > dayMs) rmSync(full, { recursive: true, force: true });
  }
}

const pending = new Map<string, Promise<string>>();

/**
 * The folder holding `vite build` output for `base`; builds it the first time. Safe when two
 * test processes race: each builds into its own folder and the first rename wins.
 */
export function ensurePreviewBuild(base: string, root = process.cwd()): Promise<string> {
  const key = buildKey(root, base);
  const cacheRoot = path.join(root, 'node_modules', '.cache', 'e2e-preview');
  const outDir = path.join(cacheRoot, key);
  if (existsSync(path.join(outDir, 'index.html'))) return Promise.resolve(outDir);
  let started = pending.get(outDir);
  if (!started) {
    started = (async () => {
      mkdirSync(cacheRoot, { recursive: true });
      const temp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
      await build({
        configFile: false,
        root,
        base,
        logLevel: 'warn',
        plugins: [react()],
        build: { outDir: temp, emptyOutDir: true, manifest: true, sourcemap: false },
      });
      try {
        renameSync(temp, outDir);
      } catch (error) {
        rmSync(temp, { recursive: true, force: true });
        if (!existsSync(path.join(outDir, 'index.html'))) throw error;
      }
      pruneOldBuilds(cacheRoot);
      return outDir;
    })();
    pending.set(outDir, started);
  }
  return started;
}
