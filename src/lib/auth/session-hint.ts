import type { RuntimeConfig } from '../../../contract/runtime-config';

/**
 * The sessionStorage key under which oidc-client-ts keeps the user
 * (`WebStorageStateStore` prefix `oidc.` + `user:{authority}:{client_id}`).
 */
export function userStorageKey(config: Pick<RuntimeConfig, 'authority' | 'clientId'>): string {
  return `oidc.user:${config.authority}:${config.clientId}`;
}

/**
 * True when this tab holds a stored sign-in. Cheap enough for the first page, which must not
 * load the OIDC library just to decide whether to send a visitor on to their transactions.
 */
export function hasStoredSession(
  config: Pick<RuntimeConfig, 'authority' | 'clientId'>,
  storage: Pick<Storage, 'getItem'>,
): boolean {
  try {
    return storage.getItem(userStorageKey(config)) !== null;
  } catch {
    return false;
  }
}
