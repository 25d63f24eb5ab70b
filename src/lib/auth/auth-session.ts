import { createContext, useContext } from 'react';
import type { ApiTokenMode } from '../../../contract/api-modes';
import type { UiError } from '../errors/ui-error';
import type { SessionMemory } from './session-memory';
import type { SessionUser } from './session-user';

/** Why the signed-in pages are being torn down, if they are. */
export type EndingReason = 'signing-out' | 'signed-out-elsewhere';

/**
 * `pending`: the stored session is being read or a sign-in is under way; `signed-out`: no
 * usable session (there may be an expired one to renew); `ending`: signing out.
 */
export type AuthStatus = 'pending' | 'signed-in' | 'signed-out' | 'ending';

/** Which step failed: starting a sign-in, the callback, or the background renewal. */
export type AuthFailureSource = 'sign-in' | 'callback' | 'renewal' | 'other';

export interface AuthFailure {
  readonly source: AuthFailureSource;
  readonly error: UiError;
}

/** What the signed-in shell gives its pages; the OIDC runtime stays inside it. */
export interface AuthSession {
  readonly status: AuthStatus;
  /** The stored user, also while expired (status says whether it is usable). */
  readonly user: SessionUser | null;
  readonly error: AuthFailure | null;
  readonly ending: EndingReason | null;
  /** The current id_token (the API's, with apiToken `id`), or null. */
  idToken(): string | null;
  /**
   * The current access_token (the User Pools JSON API's self-service calls, and the API's with
   * apiToken `access`), or null.
   */
  accessToken(): string | null;
  /**
   * Leaves for the hosted sign-in page and comes back to `returnTo` (sanitised). `automatic`:
   * the app, not a person, asks; refused (as a `sign-in` error) moments after a sign-in.
   */
  signIn(returnTo: string, options?: { readonly automatic?: boolean }): Promise<void>;
  /** Renews with the refresh token; the new token of that kind (default id), or null if it cannot. */
  renew(token?: ApiTokenMode): Promise<string | null>;
  /** Signs out here, in the other tabs and at Cognito. */
  signOut(): Promise<void>;
  /** Kept in memory for this session only; emptied when it ends. */
  readonly memory: SessionMemory;
}

export const AuthSessionContext = createContext<AuthSession | null>(null);

/** The signed-in shell's session; only valid under <AuthShell>. */
export function useAuthSession(): AuthSession {
  const value = useContext(AuthSessionContext);
  if (!value) throw new Error('useAuthSession() outside <AuthShell>');
  return value;
}
