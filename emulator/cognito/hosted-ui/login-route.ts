import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { authenticate } from '../authenticate';
import { CognitoError } from '../cognito-error';
import { findUser } from '../pool-context';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { resendConfirmationCode } from '../self-service';
import {
  alert,
  allowMethods,
  authorizeRequestOf,
  csrfField,
  field,
  hrefFor,
  readPostedForm,
  type HostedPage,
} from './hosted-page';
import { rememberPendingSignIn, startChallenge } from './pending-sign-in';

function renderLogin(
  page: HostedPage,
  request: AuthorizeRequest,
  status: number,
  error?: string,
  username = '',
): void {
  const action = hrefFor('/login', request);
  sendPage(
    page.res,
    status,
    'Sign in',
    html`<h1>Sign in with your email and password</h1>
      ${alert(error)}
      <form name="cognitoSignInForm" method="post" action="${action}" novalidate>
        ${csrfField(page)}
        <input type="hidden" name="cognitoAsfData" value="" />
        ${field({ id: 'signInFormUsername', name: 'username', label: 'Email', type: 'email', autocomplete: 'username', value: username, invalid: Boolean(error) })}
        ${field({ id: 'signInFormPassword', name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', invalid: Boolean(error) })}
        <input class="button" name="signInSubmitButton" type="submit" value="Sign in" />
      </form>
      <nav aria-label="Other options">
        <p><a href="${hrefFor('/forgotPassword', request)}">Forgot your password?</a></p>
        <p>Need an account? <a href="${hrefFor('/signup', request)}">Sign up</a></p>
      </nav>`,
  );
}

/** GET/POST /login: the classic hosted sign-in form. */
export async function loginRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  if (page.req.method === 'GET') return renderLogin(page, request, 200);
  const form = await readPostedForm(page);
  if (!form) return;
  const username = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!username || !password)
    return renderLogin(page, request, 400, 'Enter your email and password.', username);
  if (username.length > 256 || password.length > 256)
    return renderLogin(page, request, 400, 'Incorrect username or password.', '');
  const { ctx } = page;
  try {
    const outcome = await authenticate(ctx, username, password);
    if (outcome.kind === 'newPasswordRequired') {
      startChallenge(page, outcome.user, request.client.clientId);
      return redirect(page.res, hrefFor('/forceChangePassword', request));
    }
    const authTime = startHostedSession(ctx, page.res, outcome.user, request.client.clientId);
    completeSignIn(ctx, page.res, request, outcome.user, authTime);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    if (error.type === 'UserNotConfirmedException') {
      const user = findUser(ctx, username)!;
      rememberPendingSignIn(page, user, request.client.clientId);
      let notice = 'sent';
      try {
        resendConfirmationCode(ctx, user.email);
      } catch (sendError) {
        if (!(sendError instanceof CognitoError)) throw sendError;
        notice = 'limit';
      }
      return redirect(page.res, hrefFor('/confirmUser', request, { username: user.email, notice }));
    }
    if (error.type === 'PasswordResetRequiredException') {
      return redirect(page.res, hrefFor('/forgotPassword', request, { notice: 'reset' }));
    }
    renderLogin(page, request, 400, error.message, username);
  }
}
