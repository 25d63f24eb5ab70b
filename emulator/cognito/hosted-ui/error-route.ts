import { renderErrorPage, allowMethods, type HostedPage } from './hosted-page';

/** GET /error?error=...: Cognito's generic error page (the text is escaped, never trusted). */
export function errorRoute(page: HostedPage): void {
  if (!allowMethods(page, ['GET'])) return;
  const error = (page.url.searchParams.get('error') ?? 'unknown_error').slice(0, 200);
  renderErrorPage(page.res, 400, error, 'Go back to the application and try again.');
}
