import { defineHostedRoute, PageError } from './define-hosted-page';

/** GET /error?error=...: Cognito's generic error page (the text is escaped, never trusted). */
export const errorRoute = defineHostedRoute({
  path: '/error',
  methods: ['GET'],
  handle(page) {
    const error = (page.url.searchParams.get('error') ?? 'unknown_error').slice(0, 200);
    throw new PageError(400, error, (t) => t.error.goBack);
  },
});
