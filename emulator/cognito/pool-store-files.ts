import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createJsonFile } from '../persistence/atomic-json-file';
import { createdPoolFileSchema } from '../persistence/created-pool-file-schema';
import type { PoolStore, StoredPool } from './pool-registry';

const poolIdPattern = /^[\w-]+_[0-9A-Za-z]+$/;

/** Created pools as one atomic JSON file each: `{dir}/{poolId}.json`. */
export function createPoolFileStore(dir: string): PoolStore {
  const file = (poolId: string) => {
    if (!poolIdPattern.test(poolId)) throw new Error(`Not a pool id: ${poolId}`);
    return createJsonFile<StoredPool>(dir, `${poolId}.json`, createdPoolFileSchema);
  };
  return {
    loadAll() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return names
        .filter((name) => name.endsWith('.json') && poolIdPattern.test(name.slice(0, -5)))
        .sort()
        .flatMap((name) => {
          const stored = file(name.slice(0, -5)).read();
          if (stored?.version !== 1 || stored.config.userPoolId !== name.slice(0, -5))
            throw new Error(
              `${join(dir, name)} is not a saved user pool; delete it or use --reset.`,
            );
          return [stored];
        });
    },
    save: (pool) => file(pool.config.userPoolId).write(pool),
    remove: (poolId) => rmSync(file(poolId).path, { force: true }),
  };
}
