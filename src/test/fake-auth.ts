import { User } from 'oidc-client-ts';
import { vi } from 'vitest';
import type { RuntimeConfig } from '../../contract/runtime-config';
import type { AuthRuntime } from '../lib/auth/auth-runtime';
import { createAuthRuntime } from '../lib/auth/auth-runtime';
import type { AuthRuntimeFactory } from '../lib/auth/auth-runtime-factory';
import { userStorageKey } from '../lib/auth/session-hint';

/** Discovery as the emulator/Cognito publish it, so tests need no network for metadata. */
export function metadataFor(config: RuntimeConfig) {
  return {
    issuer: config.authority,
    authorization_endpoint: `${config.domain}/oauth2/authorize`,
    token_endpoint: `${config.domain}/oauth2/token`,
    revocation_endpoint: `${config.domain}/oauth2/revoke`,
    userinfo_endpoint: `${config.domain}/oauth2/userInfo`,
    jwks_uri: `${config.authority}/.well-known/jwks.json`,
  };
}

/** A runtime on jsdom's storages with a recording `go` and a hand-driven sign-out channel. */
export function createFakeAuth(config: RuntimeConfig) {
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
  let runtime: AuthRuntime | null = null;
  const factory: AuthRuntimeFactory = () => {
    runtime ??= createAuthRuntime(config, {
      go,
      userStorage: window.sessionStorage,
      stateStorage: window.localStorage,
      channel,
      metadata: metadataFor(config),
    });
    return runtime;
  };
  return {
    factory,
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
  window.sessionStorage.setItem(userStorageKey(config), user.toStorageString());
  return user;
}
