import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { describePolicy } from '../password-policy';
import { confirmForgotPassword, forgotPassword } from '../self-service';
import {
  alert,
  allowMethods,
  authorizeRequestOf,
  csrfField,
  field,
  hrefFor,
  info,
  readPostedForm,
  type HostedPage,
} from './hosted-page';

const notices: Record<string, string> = {
  reset: 'Your password must be reset before you can sign in. Enter your email to get a code.',
  sent: 'If an account exists for this email, we have sent it a code. Enter it with your new password.',
};

function renderForgot(
  page: HostedPage,
  request: AuthorizeRequest,
  status: number,
  error?: string,
  notice?: string,
): void {
  sendPage(
    page.res,
    status,
    'Forgot your password?',
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
  );
}

/** GET/POST /forgotPassword: same answer whether or not the account exists. */
export async function forgotPasswordRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  if (page.req.method === 'GET')
    return renderForgot(
      page,
      request,
      200,
      undefined,
      notices[page.url.searchParams.get('notice') ?? ''],
    );
  const form = await readPostedForm(page);
  if (!form) return;
  const email = (form.get('username') ?? '').trim().slice(0, 256);
  if (!email) return renderForgot(page, request, 400, 'Enter your email.');
  try {
    forgotPassword(page.ctx, email);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    return renderForgot(page, request, 400, error.message);
  }
  redirect(
    page.res,
    hrefFor('/confirmForgotPassword', request, { username: email, notice: 'sent' }),
  );
}

function renderConfirmForgot(
  page: HostedPage,
  request: AuthorizeRequest,
  status: number,
  email: string,
  error?: string,
  notice?: string,
): void {
  sendPage(
    page.res,
    status,
    'Reset your password',
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
  );
}

/** GET/POST /confirmForgotPassword: code + new password twice, then back to /login. */
export async function confirmForgotPasswordRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  if (page.req.method === 'GET') {
    const email = (page.url.searchParams.get('username') ?? '').slice(0, 256);
    return renderConfirmForgot(
      page,
      request,
      200,
      email,
      undefined,
      notices[page.url.searchParams.get('notice') ?? ''],
    );
  }
  const form = await readPostedForm(page);
  if (!form) return;
  const email = (form.get('username') ?? '').slice(0, 256);
  const code = (form.get('code') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!/^\d{6}$/.test(code))
    return renderConfirmForgot(page, request, 400, email, 'Enter the 6-digit code from the email.');
  if (password !== form.get('confirmPassword'))
    return renderConfirmForgot(page, request, 400, email, 'The passwords do not match.');
  try {
    await confirmForgotPassword(page.ctx, email, code, password);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    return renderConfirmForgot(page, request, 400, email, error.message);
  }
  redirect(page.res, hrefFor('/login', request));
}
