import { clearCookie, parseCookies } from '../../http/cookies';
import { addCookie, redirect } from '../../http/respond';
import { findClient } from '../pool-config';
import { recordSignInEvent } from '../sign-in-events';
import { sessionCookie } from '../oauth/complete-sign-in';
import { defineHostedRoute, PageError, requireAuthorizeRequest } from './define-hosted-page';
import { hrefFor, type HostedPage } from './hosted-page';

function endSession(page: HostedPage): void {
  const id = parseCookies(page.req.headers.cookie).get(sessionCookie);
  const session = id === undefined ? undefined : page.ctx.repo.sessions('hosted').get(id);
  if (id !== undefined) page.ctx.repo.sessions('hosted').delete(id);
  if (session) recordSignInEvent(page.ctx, session.username, 'signed-out', 'Hosted UI sign-out.');
  addCookie(page.res, clearCookie(sessionCookie));
}

/**
 * GET /logout, Cognito style (not OIDC): `client_id` + `logout_uri` (an exact registered
 * sign-out URL) ends the session and returns there without state; `client_id` + `redirect_uri`
 * + authorize parameters ends it and shows the sign-in page again.
 */
export const logoutRoute = defineHostedRoute({
  path: '/logout',
  methods: ['GET'],
  handle(page) {
    const params = page.url.searchParams;
    const clientId = params.get('client_id');
    if (!clientId)
      throw new PageError(
        400,
        'invalid_request',
        'Missing required parameter client_id in request URL',
      );
    const client = findClient(page.ctx.config, clientId);
    if (!client)
      throw new PageError(
        400,
        'invalid_client',
        'The client_id is not an app client of this user pool.',
      );
    const logoutUri = params.getAll('logout_uri');
    if (logoutUri.length > 0) {
      if (logoutUri.length !== 1 || !client.logoutUrls.includes(logoutUri[0]!)) {
        throw new PageError(
          400,
          'invalid_request',
          'The logout_uri is not one of the sign-out URLs registered for this app client (exact match required).',
        );
      }
      endSession(page);
      return redirect(page.res, logoutUri[0]!);
    }
    if (!params.has('redirect_uri')) {
      throw new PageError(
        400,
        'invalid_request',
        "Required String parameter 'redirect_uri' is not present",
      );
    }
    const request = requireAuthorizeRequest(page);
    endSession(page);
    redirect(page.res, hrefFor('/login', request));
  },
});
