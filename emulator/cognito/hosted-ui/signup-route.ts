import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { signUp } from '../self-service';
import { typedEmail } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { emailField, newPasswordFields } from './page-markup';
import { rememberPendingSignIn } from './pending-sign-in';

/** GET/POST /signup: creates an unconfirmed account, mails the code, goes to /confirmUser. */
export const signupRoute = defineHostedPage<{ email: string }>({
  path: '/signup',
  title: 'Sign up',
  heading: 'Sign up with a new account',
  ...typedEmail,
  form: {
    name: 'cognitoSignUpForm',
    asf: true,
    body: ({ page, values, error }) =>
      html`${emailField('signUpFormUsername', { autocomplete: 'email', value: values.email, invalid: Boolean(error) })}
        ${newPasswordFields(page, { id: 'signUpFormPassword', name: 'password', label: 'Password' }, { id: 'signUpFormConfirmPassword', name: 'confirmPassword', label: 'Confirm password' }, Boolean(error))}
        <button type="submit" name="signUpButton">Sign up</button>`,
  },
  after: ({ request }) =>
    html`<nav aria-label="Other options">
      <p>Already have an account? <a href="${hrefFor('/login', request)}">Sign in</a></p>
    </nav>`,
  async submit({ page, request, form, values: { email } }) {
    const password = form.get('password') ?? '';
    if (!email || !password) throw new FormError('Enter your email and a password.');
    if (password !== form.get('confirmPassword'))
      throw new FormError('The passwords do not match.');
    const clientId = request.client.clientId;
    try {
      const result = await signUp(page.ctx, { username: email, password, clientId });
      const user = page.ctx.repo.user(result.UserSub)!;
      // Confirmed by the PreSignUp trigger: signed in at once, as after a confirmation code.
      if (result.UserConfirmed) {
        const authTime = startHostedSession(page.ctx, page.res, user, clientId);
        return await completeSignIn(page.ctx, page.res, request, user, authTime);
      }
      rememberPendingSignIn(page, user, request.client.clientId);
      redirect(
        page.res,
        hrefFor('/confirmUser', request, { username: user.email, notice: 'sent' }),
      );
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      throw new FormError(error.message, { email: email.slice(0, 256) });
    }
  },
});
