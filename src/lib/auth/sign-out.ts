import type { UserManager } from 'oidc-client-ts';
import type { RuntimeConfig } from '../../../contract/runtime-config';
import type { Go } from './location-navigator';
import type { SignOutChannel } from './sign-out-channel';
import { buildLogoutUrl } from './user-managers';

export interface SignOutDeps {
  readonly userManager: Pick<UserManager, 'revokeTokens' | 'removeUser' | 'clearStaleState'>;
  readonly channel: Pick<SignOutChannel, 'announce'>;
  readonly config: RuntimeConfig;
  readonly go: Go;
}

/**
 * Ends this tab's session locally: revokes the refresh token (best effort: the user is leaving
 * either way), removes the stored user and stale sign-in states.
 */
export async function endLocalSession(userManager: SignOutDeps['userManager']): Promise<void> {
  try {
    await userManager.revokeTokens(['refresh_token']);
  } catch {
    // Offline or the IdP is down: still sign out here; the token expires on its own.
  }
  await userManager.removeUser();
  await userManager.clearStaleState().catch(() => undefined);
}

/** Signs out everywhere this app can reach: here, the other tabs, then Cognito's /logout. */
export async function signOut(deps: SignOutDeps): Promise<void> {
  await endLocalSession(deps.userManager);
  deps.channel.announce();
  deps.go(buildLogoutUrl(deps.config));
}
