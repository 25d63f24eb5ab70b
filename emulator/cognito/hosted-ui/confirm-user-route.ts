import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { confirmSignUp, resendConfirmationCode } from '../self-service';
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
import { takePendingSignIn } from './pending-sign-in';

const notices: Record<string, string> = {
  sent: 'We have sent a 6-digit code to your email. Enter it below to confirm your account.',
  resent: 'We have sent a new code to your email.',
  limit: 'Too many codes were requested. Use the last code you received, or try again later.',
};

function renderConfirm(
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
    'Confirm your account',
    html`<h1>Confirm your account</h1>
      ${info(notice)} ${alert(error)}
      <form
        name="confirmUserForm"
        method="post"
        action="${hrefFor('/confirmUser', request)}"
        novalidate
      >
        ${csrfField(page)}
        <input type="hidden" name="username" value="${email}" />
        <p>Account: <strong>${email}</strong></p>
        ${field({ id: 'confirmationCode', name: 'confirmation_code', label: 'Verification code', type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric', invalid: Boolean(error) })}
        <button type="submit" name="confirm">Confirm account</button>
      </form>
      <form method="post" action="${hrefFor('/resendcode', request)}">
        ${csrfField(page)}
        <input type="hidden" name="username" value="${email}" />
        <button type="submit" class="secondary" name="resend">Send a new code</button>
      </form>`,
  );
}

/**
 * GET/POST /confirmUser. A right code confirms the account; if this browser just proved the
 * password (sign-up), the user is signed in and sent to the app with a code and the original state.
 */
export async function confirmUserRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  if (page.req.method === 'GET') {
    const email = (page.url.searchParams.get('username') ?? '').slice(0, 256);
    return renderConfirm(
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
  const code = (form.get('confirmation_code') ?? '').trim();
  if (!/^\d{6}$/.test(code))
    return renderConfirm(page, request, 400, email, 'Enter the 6-digit code from the email.');
  try {
    const user = confirmSignUp(page.ctx, email, code);
    if (takePendingSignIn(page, user.username)) {
      const authTime = startHostedSession(page.ctx, page.res, user, request.client.clientId);
      return completeSignIn(page.ctx, page.res, request, user, authTime);
    }
    redirect(page.res, hrefFor('/login', request));
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    renderConfirm(page, request, 400, email, error.message);
  }
}

/** POST /resendcode: a new sign-up code (same answer for unknown accounts). */
export async function resendCodeRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  const form = await readPostedForm(page);
  if (!form) return;
  const email = (form.get('username') ?? '').slice(0, 256);
  let notice = 'resent';
  try {
    resendConfirmationCode(page.ctx, email);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    notice = error.type === 'LimitExceededException' ? 'limit' : 'resent';
  }
  redirect(page.res, hrefFor('/confirmUser', request, { username: email, notice }));
}
