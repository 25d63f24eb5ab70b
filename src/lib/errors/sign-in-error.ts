/** Sign-in failures the app itself detects (the OIDC library reports its own). */
export type SignInErrorCode = 'unreachable' | 'incomplete_response' | 'refused_after_sign_in';

/** Thrown or reported when a sign-in cannot start or a callback cannot be used. */
export class SignInError extends Error {
  readonly code: SignInErrorCode;
  constructor(code: SignInErrorCode, options?: ErrorOptions) {
    super(code, options);
    this.name = 'SignInError';
    this.code = code;
  }
}
