import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { confirmForgotPassword, forgotPassword } from '../self-service';
import { accountStep, codePattern } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { accountLine, codeField, newPasswordFields } from './page-markup';
import { signInNameField, signInNoun } from './sign-in-name-field';

const notices = {
  reset: 'Your password must be reset before you can sign in. Enter your email to get a code.',
  sent: 'If an account exists for this email, we have sent it a code. Enter it with your new password.',
};

/** GET/POST /forgotPassword: same answer whether or not the account exists. */
export const forgotPasswordRoute = defineHostedPage({
  path: '/forgotPassword',
  title: () => 'Forgot your password?',
  notices: () => notices,
  prompt: (page) =>
    `Enter your ${signInNoun(page)} below and we will send a code to reset your password.`,
  form: {
    name: 'forgotPasswordForm',
    body: ({ page, error }) =>
      html`${signInNameField(page, 'forgotPasswordUsername', 'signIn', { invalid: Boolean(error) })}
        <button type="submit" name="reset_my_password">Reset my password</button>`,
  },
  after: ({ request }) =>
    html`<nav aria-label="Other options">
      <p><a href="${hrefFor('/login', request)}">Back to sign in</a></p>
    </nav>`,
  async submit({ page, request, form }) {
    const email = (form.get('username') ?? '').trim().slice(0, 256);
    if (!email) throw new FormError(`Enter your ${signInNoun(page)}.`);
    await forgotPassword(page.ctx, email, request.client.clientId);
    redirect(
      page.res,
      hrefFor('/confirmForgotPassword', request, { username: email, notice: 'sent' }),
    );
  },
});

/** GET/POST /confirmForgotPassword: code + new password twice, then back to /login. */
export const confirmForgotPasswordRoute = defineHostedPage<{ email: string }>({
  // Both spellings reach this page on Cognito.
  path: ['/confirmForgotPassword', '/confirmforgotPassword'],
  title: () => 'Reset your password',
  notices: () => notices,
  ...accountStep,
  form: {
    name: 'confirmForgotPasswordForm',
    body: ({ page, values: { email }, error }) =>
      html`${accountLine(email)} ${codeField('forgotPasswordCode', 'code', 'Code', Boolean(error))}
        ${newPasswordFields(page, { id: 'newPassword', name: 'password', label: 'New password' }, { id: 'confirmNewPassword', name: 'confirmPassword', label: 'Enter new password again' }, Boolean(error))}
        <button type="submit" name="change_password">Change password</button>`,
  },
  after: ({ request }) =>
    html`<nav aria-label="Other options">
      <p><a href="${hrefFor('/forgotPassword', request)}">Send a new code</a></p>
    </nav>`,
  async submit({ page, request, form, values: { email } }) {
    const code = (form.get('code') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!codePattern.test(code)) throw new FormError('Enter the 6-digit code from the email.');
    if (password !== form.get('confirmPassword'))
      throw new FormError('The passwords do not match.');
    await confirmForgotPassword(page.ctx, email, code, password, request.client.clientId);
    redirect(page.res, hrefFor('/login', request));
  },
});
