import { redirect } from '../../http/respond';
import { completeSignIn, currentSession } from '../oauth/complete-sign-in';
import { allowMethods, authorizeRequestOf, hrefFor, type HostedPage } from './hosted-page';

/**
 * GET /oauth2/authorize: validates, then either answers at once from the hosted-UI session
 * cookie (SSO for its hour) or sends the browser to /login with the same parameters.
 */
export function authorizeRoute(page: HostedPage): void {
  if (!allowMethods(page, ['GET'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  const session = currentSession(page.ctx, page.req);
  if (session) return completeSignIn(page.ctx, page.res, request, session.user, session.authTime);
  redirect(page.res, hrefFor('/login', request));
}
