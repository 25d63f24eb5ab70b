import type { UserManager } from 'oidc-client-ts';
import { toSafeReturnPath } from './return-to';

/** What we round-trip through the authorize request (kept in the stored state, not the URL). */
export interface SignInState {
  readonly returnTo: string;
}

/** Reads the return path back from a user's or state's round-tripped data; always safe. */
export function readReturnTo(data: unknown): string {
  const value =
    typeof data === 'object' && data !== null ? (data as Partial<SignInState>).returnTo : undefined;
  return toSafeReturnPath(value);
}

/** Stores a sign-in state and leaves for the hosted sign-in page. */
export function startSignIn(manager: Pick<UserManager, 'signinRedirect'>, returnTo: string) {
  const state: SignInState = { returnTo: toSafeReturnPath(returnTo) };
  return manager.signinRedirect({ state });
}

/**
 * Stores a sign-in state exactly as sign-in does, then leaves for the hosted sign-up page with
 * the same query, so the return through /callback finds its state.
 */
export function startSignUp(signUpManager: Pick<UserManager, 'signinRedirect'>, returnTo: string) {
  return startSignIn(signUpManager, returnTo);
}
