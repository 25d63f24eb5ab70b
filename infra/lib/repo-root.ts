import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is infra/lib/repo-root.ts). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
