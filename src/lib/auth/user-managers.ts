import type { OidcMetadata } from 'oidc-client-ts';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../../../contract/runtime-config';
import { buildCognitoMetadata } from './cognito-metadata';
import type { Go } from './location-navigator';
import { createLocationNavigator } from './location-navigator';
import { SingleFlightUserManager } from './single-flight-user-manager';

export interface UserManagerDeps {
  readonly go: Go;
  /** Holds the signed-in user: per tab, gone when the tab closes. */
  readonly userStorage: Storage;
  /** Holds pending sign-in states (with the PKCE verifier) until the callback consumes them. */
  readonly stateStorage: Storage;
  /** Replaces the metadata built from the config (tests); there is never a discovery request. */
  readonly metadata?: Partial<OidcMetadata> | undefined;
}

export interface UserManagers {
  /** The one that signs in, handles the callback, renews and revokes. */
  readonly main: UserManager;
  /** Same client and stores, but its authorize endpoint is the hosted sign-up page. */
  readonly signUp: UserManager;
}

/** Cognito-ready settings: code + PKCE S256, refresh-token renewal only, refresh-token revocation. */
export function createUserManagers(config: RuntimeConfig, deps: UserManagerDeps): UserManagers {
  const navigator = createLocationNavigator(deps.go);
  // Given in full, so oidc-client-ts never fetches discovery: the token request goes out first.
  const metadata = deps.metadata ?? buildCognitoMetadata(config);
  const settings = {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.logoutUri,
    response_type: 'code',
    scope: config.scopes,
    userStore: new WebStorageStateStore({ store: deps.userStorage }),
    stateStore: new WebStorageStateStore({ store: deps.stateStorage }),
    // Cognito's userInfo returns "true" strings that would overwrite the ID token's booleans.
    loadUserInfo: false,
    // Cognito pages refuse iframes: no session monitor, and with no silent_redirect_uri
    // signinSilent can only use the refresh token.
    monitorSession: false,
    automaticSilentRenew: true,
    revokeTokenTypes: ['refresh_token' as const],
    revokeTokensOnSignout: true,
    requestTimeoutInSeconds: 10,
    silentRequestTimeoutInSeconds: 10,
    staleStateAgeInSeconds: 15 * 60,
    metadata,
  };
  // Renewals spend a rotating refresh token: one at a time (single-flight-user-manager.ts).
  const main = new SingleFlightUserManager(settings, navigator);
  const signUpUrl = `${config.domain.replace(/\/+$/, '')}/signup`;
  const signUp = new UserManager(
    {
      ...settings,
      automaticSilentRenew: false,
      // Cognito's /signup takes the same query as /oauth2/authorize and ends at the callback.
      metadata: { ...metadata, authorization_endpoint: signUpUrl },
    },
    navigator,
  );
  return { main, signUp };
}

/** Cognito's own sign-out URL (it does not understand OIDC end-session parameters). */
export function buildLogoutUrl(config: RuntimeConfig): string {
  const url = new URL(`${config.domain.replace(/\/+$/, '')}/logout`);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('logout_uri', config.logoutUri);
  return url.toString();
}
