// One pool of the registry: its config (replaced by UpdateUserPool and the client operations),
// its data and its key ring. Services that do not belong to a pool (clock, ids, hasher, mailbox,
// log) are shared by every pool.

import type { Clock } from '../../contract/clock';
import type { Mailbox } from '../mailbox/mailbox';
import { loadKeyRing, pruneKeyFile, rotateKeyFile, type KeyFile, type KeyRing } from './key-ring';
import type { PasswordHasher } from './password-hasher';
import type { IdSource, PoolContext } from './pool-context';
import type { PoolConfig } from './pool-config';
import { createPoolRepository, type PoolRepository } from './pool-repository';
import type { PersistedState } from './pool-state';
import { createSignInEvents } from './sign-in-events';
import { createSignInThrottle } from './sign-in-throttle';
import type { PoolTriggers } from './triggers/pool-triggers';

/** What every pool shares. */
export interface SharedServices {
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly hasher: PasswordHasher;
  readonly mailbox: Mailbox;
  readonly log: (line: string) => void;
}

export interface PoolInstance {
  readonly ctx: PoolContext;
  readonly repo: PoolRepository;
  config(): PoolConfig;
  setConfig(config: PoolConfig): void;
  keyFile(): KeyFile;
  rotateKeys(): Promise<KeyFile>;
}

const maxTokenSeconds = (config: PoolConfig) =>
  Math.max(3600, ...config.clients.map((c) => Math.max(c.idTokenSeconds, c.accessTokenSeconds)));

export function createPoolInstance(input: {
  config: PoolConfig;
  keyFile: KeyFile;
  initialState?: PersistedState | undefined;
  saveState?: ((state: PersistedState) => void) | undefined;
  shared: SharedServices;
  triggers?: PoolTriggers | undefined;
}): PoolInstance {
  const { shared } = input;
  let config = input.config;
  let keyFile = pruneKeyFile(input.keyFile, shared.clock.now(), maxTokenSeconds(config));
  let ring: KeyRing = loadKeyRing(keyFile);
  const repo = createPoolRepository({
    initial: input.initialState,
    clock: shared.clock,
    save: input.saveState,
    log: shared.log,
  });
  const throttle = createSignInThrottle({
    freeFailures: config.freeFailedSignIns,
    clock: shared.clock,
  });
  const ctx: PoolContext = {
    // A getter: operations read the settings current at the time of the call.
    get config() {
      return config;
    },
    repo,
    clock: shared.clock,
    ids: shared.ids,
    hasher: shared.hasher,
    mailbox: shared.mailbox,
    throttle,
    signIns: createSignInEvents(shared.clock),
    triggers: input.triggers,
    keys: () => ring,
    log: shared.log,
  };
  return {
    ctx,
    repo,
    config: () => config,
    setConfig(next) {
      config = next;
    },
    keyFile: () => keyFile,
    async rotateKeys() {
      const now = shared.clock.now();
      keyFile = pruneKeyFile(await rotateKeyFile(keyFile, now), now, maxTokenSeconds(config));
      ring = loadKeyRing(keyFile);
      return keyFile;
    },
  };
}
