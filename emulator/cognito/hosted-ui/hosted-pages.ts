import { authorizeRoute } from './authorize-route';
import { confirmUserRoute, resendCodeRoute } from './confirm-user-route';
import type { HostedRoute } from './define-hosted-page';
import { errorRoute } from './error-route';
import { idpResponseRoute } from '../federation/idp-response-route';
import { forceChangePasswordRoute } from './force-change-password-route';
import { confirmForgotPasswordRoute, forgotPasswordRoute } from './forgot-password-route';
import { loginRoute } from './login-route';
import { logoutRoute } from './logout-route';
import { mfaCodeRoute, mfaResendRoute } from './mfa-code-route';
import { mfaSetupRoute } from './mfa-setup-route';
import { selectMfaRoute } from './select-mfa-route';
import { signupRoute } from './signup-route';

/** Every hosted-UI route. Adding a page: a `*-route.ts` with defineHostedPage, and one line. */
const routes: readonly HostedRoute[] = [
  authorizeRoute,
  loginRoute,
  signupRoute,
  confirmUserRoute,
  resendCodeRoute,
  forgotPasswordRoute,
  confirmForgotPasswordRoute,
  forceChangePasswordRoute,
  mfaCodeRoute,
  mfaResendRoute,
  selectMfaRoute,
  mfaSetupRoute,
  logoutRoute,
  errorRoute,
  idpResponseRoute,
];

/** Route by exact path (Cognito's paths are case-sensitive). */
export const hostedPages: ReadonlyMap<string, HostedRoute> = new Map(
  routes.flatMap((route) => route.paths.map((path) => [path, route] as const)),
);
