import { redirect } from '../../http/respond';
import { completeSignIn, currentSession } from '../oauth/complete-sign-in';
import { defineHostedPage } from './define-hosted-page';
import { hrefFor } from './hosted-page';

/**
 * GET /oauth2/authorize: validates, then either answers at once from the hosted-UI session
 * cookie (SSO for its hour) or sends the browser to /login with the same parameters.
 */
export const authorizeRoute = defineHostedPage({
  path: ['/oauth2/authorize', '/authorize'],
  methods: ['GET'],
  get(page, request) {
    const session = currentSession(page.ctx, page.req);
    if (session) return completeSignIn(page.ctx, page.res, request, session.user, session.authTime);
    redirect(page.res, hrefFor('/login', request));
  },
});
