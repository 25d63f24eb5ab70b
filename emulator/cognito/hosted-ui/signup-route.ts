import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { describePolicy } from '../password-policy';
import { signUp } from '../self-service';
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
import { rememberPendingSignIn } from './pending-sign-in';

function renderSignup(
  page: HostedPage,
  request: AuthorizeRequest,
  status: number,
  error?: string,
  email = '',
): void {
  sendPage(
    page.res,
    status,
    'Sign up',
    html`<h1>Sign up with a new account</h1>
      ${alert(error)}
      <form
        name="cognitoSignUpForm"
        method="post"
        action="${hrefFor('/signup', request)}"
        novalidate
      >
        ${csrfField(page)}
        <input type="hidden" name="cognitoAsfData" value="" />
        ${field({ id: 'signUpFormUsername', name: 'username', label: 'Email', type: 'email', autocomplete: 'email', value: email, invalid: Boolean(error) })}
        ${field({ id: 'signUpFormPassword', name: 'password', label: 'Password', type: 'password', autocomplete: 'new-password', hint: describePolicy(page.ctx.config.passwordPolicy), invalid: Boolean(error) })}
        ${field({ id: 'signUpFormConfirmPassword', name: 'confirmPassword', label: 'Confirm password', type: 'password', autocomplete: 'new-password', invalid: Boolean(error) })}
        <button type="submit" name="signUpButton">Sign up</button>
      </form>
      <nav aria-label="Other options">
        <p>Already have an account? <a href="${hrefFor('/login', request)}">Sign in</a></p>
      </nav>`,
  );
}

/** GET/POST /signup: creates an unconfirmed account, mails the code, goes to /confirmUser. */
export async function signupRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  if (page.req.method === 'GET') return renderSignup(page, request, 200);
  const form = await readPostedForm(page);
  if (!form) return;
  const email = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!email || !password)
    return renderSignup(page, request, 400, 'Enter your email and a password.', email);
  if (password !== form.get('confirmPassword'))
    return renderSignup(page, request, 400, 'The passwords do not match.', email);
  try {
    const result = await signUp(page.ctx, { username: email, password });
    const user = page.ctx.state.users.get(result.UserSub)!;
    rememberPendingSignIn(page, user, request.client.clientId);
    redirect(page.res, hrefFor('/confirmUser', request, { username: user.email, notice: 'sent' }));
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    renderSignup(page, request, 400, error.message, email.slice(0, 256));
  }
}
