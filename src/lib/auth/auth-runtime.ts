import type { RuntimeConfig } from '../../../contract/runtime-config';
import type { Go } from './location-navigator';
import type { SignOutChannel } from './sign-out-channel';
import { createSignOutChannel } from './sign-out-channel';
import type { UserManagerDeps, UserManagers } from './user-managers';
import { createUserManagers } from './user-managers';

/** Everything the auth layer needs, built once per page from the validated config. */
export interface AuthRuntime {
  readonly config: RuntimeConfig;
  readonly managers: UserManagers;
  readonly channel: SignOutChannel;
  readonly go: Go;
}

export interface AuthRuntimeDeps {
  readonly go: Go;
  readonly userStorage: Storage;
  readonly stateStorage: Storage;
  readonly channel: SignOutChannel;
  readonly metadata?: UserManagerDeps['metadata'];
}

/** Builds a runtime from explicit dependencies (tests pass fakes). */
export function createAuthRuntime(config: RuntimeConfig, deps: AuthRuntimeDeps): AuthRuntime {
  return {
    config,
    managers: createUserManagers(config, deps),
    channel: deps.channel,
    go: deps.go,
  };
}

let browserRuntime: AuthRuntime | null = null;

/** The page's single runtime on real browser objects (one UserManager, one renew timer). */
export function getBrowserAuthRuntime(config: RuntimeConfig): AuthRuntime {
  if (browserRuntime?.config !== config) {
    browserRuntime?.channel.close();
    browserRuntime = createAuthRuntime(config, {
      go: (url) => window.location.assign(url),
      userStorage: window.sessionStorage,
      stateStorage: window.localStorage,
      channel: createSignOutChannel(`sign-out:${config.clientId}`, {
        BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
        storage: window.localStorage,
        target: window,
        now: Date.now,
      }),
    });
  }
  return browserRuntime;
}
