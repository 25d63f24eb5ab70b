// Entry points for pages outside the signed-in shell (home, signed-out, callback errors):
// imported lazily, so the first page does not carry the OIDC library.
import type { RuntimeConfig } from '../../../contract/runtime-config';
import { getBrowserAuthRuntime } from './auth-runtime';
import { startSignIn, startSignUp } from './sign-in';

/** Leaves for the hosted sign-in page; comes back to `returnTo`. */
export function signInWithBrowser(config: RuntimeConfig, returnTo: string): Promise<void> {
  return startSignIn(getBrowserAuthRuntime(config).managers.main, returnTo);
}

/** Leaves for the hosted sign-up page; comes back to `returnTo`. */
export function signUpWithBrowser(config: RuntimeConfig, returnTo: string): Promise<void> {
  return startSignUp(getBrowserAuthRuntime(config).managers.signUp, returnTo);
}
