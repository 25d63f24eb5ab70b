import type { RuntimeConfig } from '../../../contract/runtime-config';
import type { AppEnvironment } from '../environment/app-environment';
import type { Go } from './location-navigator';
import type { SessionMemory } from './session-memory';
import { createSessionMemory } from './session-memory';
import type { SignInRecord } from './sign-in-record';
import { createSignInRecord } from './sign-in-record';
import type { SignOutChannel } from './sign-out-channel';
import type { UserManagerDeps, UserManagers } from './user-managers';
import { createUserManagers } from './user-managers';

/** Everything the auth layer needs, built once per page from the validated config. */
export interface AuthRuntime {
  readonly config: RuntimeConfig;
  readonly managers: UserManagers;
  readonly channel: SignOutChannel;
  readonly go: Go;
  /** When this tab last completed a sign-in (the loop guard), in the user storage. */
  readonly signInRecord: SignInRecord;
  /** What the session keeps in memory only (the API's credentials); cleared at sign-out. */
  readonly memory: SessionMemory;
}

export interface AuthRuntimeDeps {
  readonly go: Go;
  readonly userStorage: Storage;
  readonly stateStorage: Storage;
  readonly channel: SignOutChannel;
  readonly metadata?: UserManagerDeps['metadata'] | undefined;
  readonly now?: () => number;
}

/** Builds a runtime from explicit dependencies. */
export function createAuthRuntime(config: RuntimeConfig, deps: AuthRuntimeDeps): AuthRuntime {
  return {
    config,
    managers: createUserManagers(config, deps),
    channel: deps.channel,
    go: deps.go,
    signInRecord: createSignInRecord(
      deps.userStorage,
      `sign-in:completed:${config.clientId}`,
      deps.now,
    ),
    memory: createSessionMemory(),
  };
}

const runtimes = new WeakMap<AppEnvironment, AuthRuntime>();

/**
 * The single runtime of an environment (one UserManager, one renew timer), shared by the
 * light pages that start a sign-in and the signed-in shell.
 */
export function getAuthRuntime(config: RuntimeConfig, environment: AppEnvironment): AuthRuntime {
  const existing = runtimes.get(environment);
  if (existing?.config === config) return existing;
  existing?.channel.close();
  const runtime = createAuthRuntime(config, {
    go: environment.go,
    userStorage: environment.userStorage,
    stateStorage: environment.stateStorage,
    channel: environment.openSignOutChannel(`sign-out:${config.clientId}`),
    metadata: environment.oidcMetadata,
  });
  runtimes.set(environment, runtime);
  return runtime;
}
