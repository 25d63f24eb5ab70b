import type { UserManager } from 'oidc-client-ts';
import { SignInError } from '../errors/sign-in-error';
import { toSafeReturnPath } from './return-to';
import type { SignInRecord } from './sign-in-record';

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

export interface StartSignInOptions {
  /**
   * Started by the app, not by a person (the API refused the session): refused with a
   * `refused_after_sign_in` SignInError when `record` says a sign-in completed moments ago.
   */
  readonly automatic?: boolean;
  readonly record?: SignInRecord;
  /** The hosted pages' language (`lang`, managed login's parameter), the app's own. */
  readonly lang?: string | undefined;
  /**
   * A provider from config.json `identityProviders`: Cognito skips its own page and sends the
   * person straight to that IdP (`identity_provider` on /oauth2/authorize), same code + PKCE.
   */
  readonly identityProvider?: string | undefined;
}

/** Stores a sign-in state and leaves for the hosted sign-in page; the one way to sign in. */
export async function startSignIn(
  manager: Pick<UserManager, 'signinRedirect'>,
  returnTo: string,
  options: StartSignInOptions = {},
): Promise<void> {
  // A person pressing a button always gets a try; the app on its own would loop.
  if (options.automatic && options.record?.completedRecently()) {
    throw new SignInError('refused_after_sign_in');
  }
  const state: SignInState = { returnTo: toSafeReturnPath(returnTo) };
  const extraQueryParams: Record<string, string> = {};
  if (options.lang) extraQueryParams['lang'] = options.lang;
  if (options.identityProvider) extraQueryParams['identity_provider'] = options.identityProvider;
  await manager.signinRedirect({
    state,
    ...(Object.keys(extraQueryParams).length > 0 ? { extraQueryParams } : {}),
  });
}

/**
 * Stores a sign-in state exactly as sign-in does, then leaves for the hosted sign-up page with
 * the same query, so the return through /callback finds its state.
 */
export function startSignUp(
  signUpManager: Pick<UserManager, 'signinRedirect'>,
  returnTo: string,
  options: Pick<StartSignInOptions, 'lang'> = {},
) {
  return startSignIn(signUpManager, returnTo, options);
}
