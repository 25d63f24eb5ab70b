import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { describePolicy } from '../password-policy';
import { confirmForgotPassword, forgotPassword } from '../self-service';
import { accountFields, codePattern, emailFromQuery } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { alert, csrfField, field, info } from './page-markup';

const notices = {
  reset: 'Your password must be reset before you can sign in. Enter your email to get a code.',
  sent: 'If an account exists for this email, we have sent it a code. Enter it with your new password.',
};

/** GET/POST /forgotPassword: same answer whether or not the account exists. */
export const forgotPasswordRoute = defineHostedPage({
  path: '/forgotPassword',
  title: 'Forgot your password?',
  notices,
  render: ({ page, request, error, notice }) =>
    html`<h1>Forgot your password?</h1>
      ${info(notice)} ${alert(error)}
      <p>Enter your email below and we will send a code to reset your password.</p>
      <form
        name="forgotPasswordForm"
        method="post"
        action="${hrefFor('/forgotPassword', request)}"
        novalidate
      >
        ${csrfField(page)}
        ${field({ id: 'forgotPasswordUsername', name: 'username', label: 'Email', type: 'email', autocomplete: 'username', invalid: Boolean(error) })}
        <button type="submit" name="reset_my_password">Reset my password</button>
      </form>
      <nav aria-label="Other options">
        <p><a href="${hrefFor('/login', request)}">Back to sign in</a></p>
      </nav>`,
  submit({ page, request, form }) {
    const email = (form.get('username') ?? '').trim().slice(0, 256);
    if (!email) throw new FormError('Enter your email.');
    forgotPassword(page.ctx, email);
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
  title: 'Reset your password',
  notices,
  initial: emailFromQuery,
  fields: accountFields,
  render: ({ page, request, values: { email }, error, notice }) =>
    html`<h1>Reset your password</h1>
      ${info(notice)} ${alert(error)}
      <form
        name="confirmForgotPasswordForm"
        method="post"
        action="${hrefFor('/confirmForgotPassword', request)}"
        novalidate
      >
        ${csrfField(page)}
        <input type="hidden" name="username" value="${email}" />
        <p>Account: <strong>${email}</strong></p>
        ${field({ id: 'forgotPasswordCode', name: 'code', label: 'Code', type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric', invalid: Boolean(error) })}
        ${field({ id: 'newPassword', name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', hint: describePolicy(page.ctx.config.passwordPolicy), invalid: Boolean(error) })}
        ${field({ id: 'confirmNewPassword', name: 'confirmPassword', label: 'Enter new password again', type: 'password', autocomplete: 'new-password', invalid: Boolean(error) })}
        <button type="submit" name="change_password">Change password</button>
      </form>
      <nav aria-label="Other options">
        <p><a href="${hrefFor('/forgotPassword', request)}">Send a new code</a></p>
      </nav>`,
  async submit({ page, request, form, values: { email } }) {
    const code = (form.get('code') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!codePattern.test(code)) throw new FormError('Enter the 6-digit code from the email.');
    if (password !== form.get('confirmPassword'))
      throw new FormError('The passwords do not match.');
    await confirmForgotPassword(page.ctx, email, code, password);
    redirect(page.res, hrefFor('/login', request));
  },
});
