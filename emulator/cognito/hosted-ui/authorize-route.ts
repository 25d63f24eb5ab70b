import { redirect } from '../../http/respond';
import { startFederatedSignIn } from '../federation/start-federated-sign-in';
import { completeSignIn, currentSession } from '../oauth/complete-sign-in';
import { defineHostedPage } from './define-hosted-page';
import { hrefFor } from './hosted-page';

/**
 * GET /oauth2/authorize: validates, then sends the browser to the federated provider it names,
 * or answers at once from the hosted-UI session cookie (SSO for its hour), or sends the browser
 * to /login with the same parameters.
 */
export const authorizeRoute = defineHostedPage({
  path: ['/oauth2/authorize', '/authorize'],
  methods: ['GET'],
  get(page, request) {
    // identity_provider / idp_identifier: straight to the IdP, session or not (§7.1).
    if (request.identityProvider)
      return startFederatedSignIn(page.ctx, page.res, request, request.identityProvider);
    const session = currentSession(page.ctx, page.req);
    if (session) return completeSignIn(page.ctx, page.res, request, session.user, session.authTime);
    redirect(page.res, hrefFor('/login', request));
  },
});
