import { User } from 'oidc-client-ts';
import { vi } from 'vitest';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { buildCognitoMetadata } from '../lib/auth/cognito-metadata';
import { userStorageKey } from '../lib/auth/session-hint';
import type { AppEnvironment } from '../lib/environment/app-environment';

/**
 * An environment on jsdom's storages with a recording `go`, a hand-driven sign-out channel and
 * the metadata the app builds; fetch goes to the global one, so a test can spy on it.
 */
export function createFakeAuth(
  config: RuntimeConfig,
  storages: { userStorage?: Storage; stateStorage?: Storage } = {},
) {
  const go = vi.fn<(url: string) => void>();
  const listeners = new Set<() => void>();
  const channel = {
    announce: vi.fn(),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: vi.fn(),
  };
  const environment: AppEnvironment = {
    fetch: (input, init) => globalThis.fetch(input, init),
    go,
    userStorage: storages.userStorage ?? window.sessionStorage,
    stateStorage: storages.stateStorage ?? window.localStorage,
    openSignOutChannel: () => channel,
    oidcMetadata: buildCognitoMetadata(config),
  };
  return {
    environment,
    go,
    channel,
    /** Simulates another tab announcing a sign-out. */
    otherTabSignsOut: () => listeners.forEach((listener) => listener()),
    /** The URL `go` was last sent to. */
    lastUrl: () => new URL(go.mock.lastCall?.[0] ?? 'about:blank'),
  };
}

/** Stores a signed-in user the way oidc-client-ts does. */
export function storeUser(
  config: RuntimeConfig,
  overrides: Partial<ConstructorParameters<typeof User>[0]> = {},
  storage: Storage = window.sessionStorage,
) {
  const user = new User({
    id_token: 'header.id-token-payload.signature',
    access_token: 'header.access-token-payload.signature',
    refresh_token: 'refresh-token-value',
    token_type: 'Bearer',
    scope: config.scopes,
    profile: {
      sub: 'user-1',
      iss: config.authority,
      aud: config.clientId,
      exp: Math.floor(Date.now() / 1000) + 3600,
      iat: Math.floor(Date.now() / 1000),
      email: 'ada@example.com',
      email_verified: true,
      'cognito:groups': ['admins'],
    },
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    ...overrides,
  });
  storage.setItem(userStorageKey(config), user.toStorageString());
  return user;
}
