import { html } from '../../http/html-escape';
import { useUpChallengeSession } from '../mfa/challenge-session';
import { associateSoftwareToken, verifySoftwareToken } from '../mfa/software-token';
import { totpUri } from '../mfa/totp';
import { codePattern } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { currentMfaStep, finishSignIn } from './mfa-step';
import { codeField, field } from './page-markup';
import { qrCodeSvg } from './qr-code-svg';

/**
 * GET/POST /mfaSetup: MFA is required and the user has no factor yet (MFA_SETUP). Shows a new
 * authenticator-app secret as a QR code and as text, and asks for a first code from it.
 */
export const mfaSetupRoute = defineHostedPage<
  Record<string, never>,
  ReturnType<typeof currentMfaStep>
>({
  path: '/mfaSetup',
  title: (page) => page.text.mfaSetup.title,
  intro: (page) => page.text.mfaSetup.intro,
  load: (page, request) => currentMfaStep(page, request, ['MFA_SETUP']),
  form: {
    name: 'mfaSetupForm',
    body: ({ page, loaded: { user }, error }) => {
      // The same secret on every view of this step, until a code proves it.
      const secret = user.pendingTotpSecret ?? associateSoftwareToken(page.ctx, user);
      const account = user.email || user.username;
      const uri = totpUri({ issuer: page.ctx.config.userPoolName, account, secret });
      const { mfa, mfaSetup } = page.text;
      return html`<figure>
          ${qrCodeSvg(uri, mfaSetup.qrLabel(account))}
          <figcaption>${mfaSetup.secretKey} <code id="totp-secret">${secret}</code></figcaption>
        </figure>
        ${codeField('mfaSetupCode', 'code', mfa.appCode, Boolean(error))}
        ${field({ id: 'deviceName', name: 'deviceName', label: mfaSetup.deviceName, type: 'text', autocomplete: 'off' })}
        <button type="submit" name="verify">${mfaSetup.submit}</button>`;
    },
  },
  async submit({ page, request, form, loaded: { session, user } }) {
    const code = (form.get('code') ?? '').trim();
    if (!codePattern.test(code)) throw new FormError(page.text.mfaSetup.enterAppCode);
    const deviceName = (form.get('deviceName') ?? '').trim().slice(0, 256);
    const verified = await verifySoftwareToken(page.ctx, user, code, deviceName || undefined);
    useUpChallengeSession(page.ctx, session);
    await finishSignIn(page, request, verified);
  },
});
