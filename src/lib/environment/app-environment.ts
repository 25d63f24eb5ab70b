import type { OidcMetadata } from 'oidc-client-ts';
import { createContext, useContext } from 'react';
import type { Go } from '../auth/location-navigator';
import type { SignOutChannel } from '../auth/sign-out-channel';

/**
 * The browser objects the app depends on, built once at the edge (main.tsx) and passed down,
 * so nothing deeper reads `window.*Storage` or the location, and tests pass their own.
 */
export interface AppEnvironment {
  readonly fetch: typeof fetch;
  /** Leaves the page for another URL (window.location.assign in the browser). */
  readonly go: Go;
  /** Holds the signed-in user: per tab, gone when the tab closes (sessionStorage). */
  readonly userStorage: Storage;
  /** Holds pending sign-in states until the callback consumes them (localStorage). */
  readonly stateStorage: Storage;
  /** Opens the channel on which the tabs of this app tell each other about a sign-out. */
  readonly openSignOutChannel: (name: string) => SignOutChannel;
  /** Replaces the OIDC metadata the app builds from config.json (tests). */
  readonly oidcMetadata?: Partial<OidcMetadata>;
}

const AppEnvironmentContext = createContext<AppEnvironment | null>(null);

export const AppEnvironmentProvider = AppEnvironmentContext.Provider;

/** The environment given to <App>; only valid below it. */
export function useAppEnvironment(): AppEnvironment {
  const environment = useContext(AppEnvironmentContext);
  if (!environment) throw new Error('useAppEnvironment() outside <App>');
  return environment;
}
