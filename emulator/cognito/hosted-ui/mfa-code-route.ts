import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { answerMfaChallenge, resendEmailCode } from '../mfa/mfa-challenge';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { maskEmail } from '../pool-context';
import { codePattern } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor, type HostedPage } from './hosted-page';
import { currentMfaStep, finishSignIn } from './mfa-step';
import { codeField, postForm } from './page-markup';

const codeNames = ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const;

type Step = ReturnType<typeof currentMfaStep>;
const loadStep = (page: HostedPage, request: AuthorizeRequest): Step =>
  currentMfaStep(page, request, codeNames);

/**
 * GET/POST /mfa: the code of the user's second factor after the password, from the
 * authenticator app or from the email just sent (with "send a new code" for email).
 */
export const mfaCodeRoute = defineHostedPage<Record<string, never>, Step>({
  path: '/mfa',
  title: (page) => page.text.mfa.title,
  notices: ({ common }) => ({ resent: common.codeResent, limit: common.codeLimit }),
  load: loadStep,
  form: {
    name: 'mfaCodeForm',
    body: ({ page: { text }, loaded: { session, user }, error }) => {
      const byEmail = session.challenge === 'EMAIL_OTP';
      return html`<p>${byEmail ? text.mfa.emailSent(maskEmail(user.email)) : text.mfa.appPrompt}</p>
        ${codeField('mfaCode', 'code', byEmail ? text.mfa.emailCode : text.mfa.appCode, Boolean(error))}
        <button type="submit" name="verify">${text.mfa.submit}</button>`;
    },
  },
  after: ({ page, request, loaded: { session } }) =>
    session.challenge === 'EMAIL_OTP'
      ? postForm(
          page,
          { name: 'mfaResendForm', action: hrefFor('/mfa/resend', request), validate: true },
          html`<button type="submit" class="secondary" name="resend">
            ${page.text.common.sendNewCode}
          </button>`,
        )
      : html``,
  async submit({ page, request, form, loaded: { session } }) {
    const code = (form.get('code') ?? '').trim();
    if (!codePattern.test(code)) throw new FormError(page.text.mfa.enterCode);
    const responseName =
      session.challenge === 'EMAIL_OTP' ? 'EMAIL_OTP_CODE' : 'SOFTWARE_TOKEN_MFA_CODE';
    const answer = await answerMfaChallenge(page.ctx, {
      clientId: request.client.clientId,
      sessionId: session.id,
      challengeName: session.challenge,
      responses: { USERNAME: session.username, [responseName]: code },
    });
    if (answer.kind !== 'signedIn') throw new Error('A code answer always ends the sign-in');
    await finishSignIn(page, request, answer.user);
  },
});

/** POST /mfa/resend: a new email code for this browser's EMAIL_OTP step. */
export const mfaResendRoute = defineHostedPage<Record<string, never>, Step>({
  path: '/mfa/resend',
  methods: ['POST'],
  load: (page, request) => currentMfaStep(page, request, ['EMAIL_OTP']),
  submit({ page, request, loaded: { session } }) {
    let notice = 'resent';
    try {
      resendEmailCode(page.ctx, session);
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      notice = 'limit';
    }
    redirect(page.res, hrefFor('/mfa', request, { notice }));
  },
});
