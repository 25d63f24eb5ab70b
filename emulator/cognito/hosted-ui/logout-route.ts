import { clearCookie, parseCookies } from '../../http/cookies';
import { addCookie, redirect } from '../../http/respond';
import { findClient } from '../pool-config';
import { sessionCookie } from '../oauth/complete-sign-in';
import {
  allowMethods,
  authorizeRequestOf,
  hrefFor,
  renderErrorPage,
  type HostedPage,
} from './hosted-page';

/**
 * GET /logout, Cognito style (not OIDC): `client_id` + `logout_uri` (an exact registered
 * sign-out URL) ends the session and returns there without state; `client_id` + `redirect_uri`
 * + authorize parameters ends it and shows the sign-in page again.
 */
export function logoutRoute(page: HostedPage): void {
  if (!allowMethods(page, ['GET'])) return;
  const params = page.url.searchParams;
  const clientId = params.get('client_id');
  if (!clientId)
    return renderErrorPage(
      page.res,
      400,
      'invalid_request',
      'Missing required parameter client_id in request URL',
    );
  const client = findClient(page.ctx.config, clientId);
  if (!client)
    return renderErrorPage(
      page.res,
      400,
      'invalid_client',
      'The client_id is not an app client of this user pool.',
    );
  const logoutUri = params.getAll('logout_uri');
  const endSession = () => {
    const id = parseCookies(page.req.headers.cookie).get(sessionCookie);
    if (id !== undefined) page.ctx.state.hostedSessions.delete(id);
    addCookie(page.res, clearCookie(sessionCookie));
  };
  if (logoutUri.length > 0) {
    if (logoutUri.length !== 1 || !client.logoutUrls.includes(logoutUri[0]!)) {
      return renderErrorPage(
        page.res,
        400,
        'invalid_request',
        'The logout_uri is not one of the sign-out URLs registered for this app client (exact match required).',
      );
    }
    endSession();
    return redirect(page.res, logoutUri[0]!);
  }
  if (!params.has('redirect_uri')) {
    return renderErrorPage(
      page.res,
      400,
      'invalid_request',
      "Required String parameter 'redirect_uri' is not present",
    );
  }
  const request = authorizeRequestOf(page);
  if (!request) return;
  endSession();
  redirect(page.res, hrefFor('/login', request));
}
