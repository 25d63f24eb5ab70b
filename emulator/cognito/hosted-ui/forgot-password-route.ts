import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { confirmForgotPassword, forgotPassword } from '../self-service';
import { accountStep, codePattern } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import type { HostedText } from './i18n/hosted-text';
import { accountLine, codeField, newPasswordFields } from './page-markup';
import { signInNameField, signInNoun } from './sign-in-name-field';

const notices = ({ forgotPassword }: HostedText) => ({
  reset: forgotPassword.reset,
  sent: forgotPassword.sent,
});

/** GET/POST /forgotPassword: same answer whether or not the account exists. */
export const forgotPasswordRoute = defineHostedPage({
  path: '/forgotPassword',
  title: (page) => page.text.forgotPassword.title,
  notices,
  prompt: (page) => page.text.forgotPassword.prompt(signInNoun(page)),
  form: {
    name: 'forgotPasswordForm',
    body: ({ page, error }) =>
      html`${signInNameField(page, 'forgotPasswordUsername', 'signIn', { invalid: Boolean(error) })}
        <button type="submit" name="reset_my_password">${page.text.forgotPassword.submit}</button>`,
  },
  after: ({ page: { text }, request }) =>
    html`<nav aria-label="${text.common.otherOptions}">
      <p><a href="${hrefFor('/login', request)}">${text.common.backToSignIn}</a></p>
    </nav>`,
  async submit({ page, request, form }) {
    const email = (form.get('username') ?? '').trim().slice(0, 256);
    if (!email) throw new FormError(page.text.forgotPassword.enterName(signInNoun(page)));
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
  title: (page) => page.text.resetPassword.title,
  notices,
  ...accountStep,
  form: {
    name: 'confirmForgotPasswordForm',
    body: ({ page, values: { email }, error }) => {
      const { common, resetPassword } = page.text;
      return html`${accountLine(page, email)}
        ${codeField('forgotPasswordCode', 'code', resetPassword.code, Boolean(error))}
        ${newPasswordFields(page, { id: 'newPassword', name: 'password', label: common.newPassword }, { id: 'confirmNewPassword', name: 'confirmPassword', label: common.newPasswordAgain }, Boolean(error))}
        <button type="submit" name="change_password">${resetPassword.submit}</button>`;
    },
  },
  after: ({ page: { text }, request }) =>
    html`<nav aria-label="${text.common.otherOptions}">
      <p><a href="${hrefFor('/forgotPassword', request)}">${text.common.sendNewCode}</a></p>
    </nav>`,
  async submit({ page, request, form, values: { email } }) {
    const code = (form.get('code') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!codePattern.test(code)) throw new FormError(page.text.common.enterEmailCode);
    if (password !== form.get('confirmPassword'))
      throw new FormError(page.text.common.passwordsDoNotMatch);
    await confirmForgotPassword(page.ctx, email, code, password, request.client.clientId);
    redirect(page.res, hrefFor('/login', request));
  },
});
