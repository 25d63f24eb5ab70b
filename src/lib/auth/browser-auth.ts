// Entry points for pages outside the signed-in shell (home, signed-out): imported lazily, so
// the first page does not carry the OIDC library.
export { getAuthRuntime } from './auth-runtime';
export { startSignIn, startSignUp } from './sign-in';
