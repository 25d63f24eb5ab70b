import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { confirmSignUp, resendConfirmationCode } from '../self-service';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { accountFields, accountStep, codePattern } from './account-step';
import { accountLine, codeField, postForm } from './page-markup';
import { takePendingSignIn } from './pending-sign-in';

/**
 * GET/POST /confirmUser. A right code confirms the account; if this browser just proved the
 * password (sign-up), the user is signed in and sent to the app with a code and the original state.
 */
export const confirmUserRoute = defineHostedPage<{ email: string }>({
  path: '/confirmUser',
  title: (page) => page.text.confirm.title,
  notices: ({ confirm, common }) => ({
    sent: confirm.sent,
    sentSms: confirm.sentSms,
    resent: common.codeResent,
    limit: common.codeLimit,
  }),
  ...accountStep,
  form: {
    name: 'confirmUserForm',
    body: ({ page, values: { email }, error }) =>
      html`${accountLine(page, email)}
        ${codeField('confirmationCode', 'confirmation_code', page.text.confirm.code, Boolean(error))}
        <button type="submit" name="confirm">${page.text.confirm.submit}</button>`,
  },
  after: ({ page, request, values: { email } }) =>
    postForm(
      page,
      { action: hrefFor('/resendcode', request), validate: true },
      html`<input type="hidden" name="username" value="${email}" />
        <button type="submit" class="secondary" name="resend">
          ${page.text.common.sendNewCode}
        </button>`,
    ),
  async submit({ page, request, form, values: { email } }) {
    const code = (form.get('confirmation_code') ?? '').trim();
    if (!codePattern.test(code)) throw new FormError(page.text.common.enterEmailCode);
    const user = await confirmSignUp(page.ctx, email, code, false, request.client.clientId);
    if (takePendingSignIn(page, user.username)) {
      const authTime = startHostedSession(page.ctx, page.res, user, request.client.clientId);
      return completeSignIn(page.ctx, page.res, request, user, authTime);
    }
    redirect(page.res, hrefFor('/login', request));
  },
});

/** POST /resendcode: a new sign-up code (same answer for unknown accounts). */
export const resendCodeRoute = defineHostedPage<{ email: string }>({
  path: '/resendcode',
  methods: ['POST'],
  posted: accountFields,
  async submit({ page, request, values: { email } }) {
    let notice = 'resent';
    try {
      await resendConfirmationCode(page.ctx, email, request.client.clientId);
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      notice = error.type === 'LimitExceededException' ? 'limit' : 'resent';
    }
    redirect(page.res, hrefFor('/confirmUser', request, { username: email, notice }));
  },
});
