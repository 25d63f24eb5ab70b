// Every pool the emulator serves: the product's pool (built at start-up from the pool
// definition, its data in pool.json/keys.json as before) and the pools created through the API
// (each persisted whole in its own file). Callers find a pool by id, by app client or by issuer;
// operations only ever see the PoolContext they were handed.

import { newKeyFile, type KeyFile } from './key-ring';
import type { PoolContext } from './pool-context';
import type { PoolConfig } from './pool-config';
import type { PoolTriggers } from './triggers/pool-triggers';
import { createPoolInstance, type PoolInstance, type SharedServices } from './pool-instance';
import type { PersistedState } from './pool-state';

/** A created pool's settings as saved: the origin-dependent URLs are rebuilt at load. */
// The URLs and the app origins belong to the emulator, not to a pool: they are not saved.
export type StoredPoolConfig = Omit<PoolConfig, 'domain' | 'issuer' | 'appOrigins'>;

/** A pool created through the API, as it is saved. */
export interface StoredPool {
  readonly version: 1;
  readonly config: StoredPoolConfig;
  readonly keys: KeyFile;
  readonly state: PersistedState;
}

/** Where created pools are kept between runs. */
export interface PoolStore {
  loadAll(): StoredPool[];
  save(pool: StoredPool): void;
  remove(poolId: string): void;
}

/** The set of pools, as the dispatcher and the pool-management operations use it. */
export interface PoolRegistry {
  /** The emulator's origin: every pool's hosted UI and issuer base. */
  readonly domain: string;
  readonly region: string;
  /** The product's pool (start-up, never deleted). */
  readonly primary: PoolContext;
  get(poolId: string): PoolContext | undefined;
  list(): readonly PoolContext[];
  byClientId(clientId: string): PoolContext | undefined;
  byIssuer(issuer: string): PoolContext | undefined;
  /** Adds a pool with new signing keys; saved when a store is configured. */
  create(config: StoredPoolConfig): Promise<PoolContext>;
  /** Replaces a pool's settings; returns them. Throws for unknown ids (callers check first). */
  update(poolId: string, change: (current: PoolConfig) => PoolConfig): PoolConfig;
  delete(poolId: string): void;
  /** Rotates the primary pool's keys (the seed tooling's `rotateKeys`). */
  rotatePrimaryKeys(): Promise<KeyFile>;
  flush(): void;
  sweep(now: number): void;
}

export function withUrls(
  config: StoredPoolConfig,
  domain: string,
  appOrigins: readonly string[],
): PoolConfig {
  return { ...config, domain, issuer: `${domain}/${config.userPoolId}`, appOrigins };
}

function storedConfig(config: PoolConfig): StoredPoolConfig {
  const rest: Record<string, unknown> = { ...config };
  delete rest.domain;
  delete rest.issuer;
  delete rest.appOrigins;
  return rest as unknown as StoredPoolConfig;
}

export function createPoolRegistry(input: {
  primary: PoolConfig;
  primaryKeys: KeyFile;
  primaryState?: PersistedState | undefined;
  savePrimaryState?: ((state: PersistedState) => void) | undefined;
  store?: PoolStore | undefined;
  shared: SharedServices;
  /** The primary pool's Lambda triggers (API-created pools run none). */
  primaryTriggers?: PoolTriggers | undefined;
}): PoolRegistry {
  const { shared, store } = input;
  const domain = input.primary.domain;
  const pools = new Map<string, PoolInstance>();
  const primary = createPoolInstance({
    config: input.primary,
    keyFile: input.primaryKeys,
    initialState: input.primaryState,
    saveState: input.savePrimaryState,
    shared,
    triggers: input.primaryTriggers,
  });
  pools.set(input.primary.userPoolId, primary);

  const saveWhole = (pool: PoolInstance, state?: PersistedState) => {
    try {
      store?.save({
        version: 1,
        config: storedConfig(pool.config()),
        keys: pool.keyFile(),
        state: state ?? pool.repo.snapshot(shared.clock.now()),
      });
    } catch (error) {
      shared.log(`[cognito] could not save pool ${pool.config().userPoolId}: ${String(error)}`);
    }
  };
  const addCreated = (stored: StoredPool): PoolInstance => {
    const instance: PoolInstance = createPoolInstance({
      config: withUrls(stored.config, domain, input.primary.appOrigins),
      keyFile: stored.keys,
      initialState: stored.state,
      // A deleted pool's pending save must not bring its file back.
      saveState: store
        ? (state) => {
            if (pools.get(stored.config.userPoolId) === instance) saveWhole(instance, state);
          }
        : undefined,
      shared,
    });
    pools.set(stored.config.userPoolId, instance);
    return instance;
  };
  for (const stored of store?.loadAll() ?? []) {
    if (pools.has(stored.config.userPoolId)) continue;
    addCreated(stored);
  }

  const find = (test: (config: PoolConfig) => boolean) => {
    for (const pool of pools.values()) if (test(pool.config())) return pool.ctx;
    return undefined;
  };
  return {
    domain,
    region: input.primary.region,
    primary: primary.ctx,
    get: (poolId) => pools.get(poolId)?.ctx,
    list: () => [...pools.values()].map((p) => p.ctx),
    byClientId: (clientId) => find((c) => c.clients.some((x) => x.clientId === clientId)),
    byIssuer: (issuer) => find((c) => c.issuer === issuer),
    async create(config) {
      if (pools.has(config.userPoolId)) throw new Error(`Pool ${config.userPoolId} exists`);
      const keys = await newKeyFile(shared.clock.now());
      const pool = addCreated({
        version: 1,
        config,
        keys,
        state: { version: 1, users: [], tokenFamilies: [], groups: [] },
      });
      saveWhole(pool);
      return pool.ctx;
    },
    update(poolId, change) {
      const pool = pools.get(poolId);
      if (!pool) throw new Error(`No pool ${poolId}`);
      const next = change(pool.config());
      pool.setConfig(next);
      if (pool !== primary) saveWhole(pool);
      return next;
    },
    delete(poolId) {
      const pool = pools.get(poolId);
      if (!pool || pool === primary) throw new Error(`Pool ${poolId} cannot be deleted`);
      pools.delete(poolId);
      try {
        store?.remove(poolId);
      } catch (error) {
        shared.log(`[cognito] could not remove pool ${poolId}: ${String(error)}`);
      }
    },
    rotatePrimaryKeys: () => primary.rotateKeys(),
    flush() {
      for (const pool of pools.values()) pool.repo.flush();
    },
    sweep(now) {
      for (const pool of pools.values()) pool.repo.sweep(now);
    },
  };
}
