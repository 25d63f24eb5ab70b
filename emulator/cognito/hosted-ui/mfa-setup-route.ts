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
  title: () => 'Set up authenticator app MFA',
  intro: () =>
    'This account needs two-step verification. Scan the QR code with an authenticator app, or type the secret key into it, then enter the 6-digit code it shows.',
  load: (page, request) => currentMfaStep(page, request, ['MFA_SETUP']),
  form: {
    name: 'mfaSetupForm',
    body: ({ page, loaded: { user }, error }) => {
      // The same secret on every view of this step, until a code proves it.
      const secret = user.pendingTotpSecret ?? associateSoftwareToken(page.ctx, user);
      const account = user.email || user.username;
      const uri = totpUri({ issuer: page.ctx.config.userPoolName, account, secret });
      return html`<figure>
          ${qrCodeSvg(uri, `QR code to add ${account} to an authenticator app`)}
          <figcaption>Secret key: <code id="totp-secret">${secret}</code></figcaption>
        </figure>
        ${codeField('mfaSetupCode', 'code', 'Code from your authenticator app', Boolean(error))}
        ${field({ id: 'deviceName', name: 'deviceName', label: 'Device name (optional)', type: 'text', autocomplete: 'off' })}
        <button type="submit" name="verify">Verify and sign in</button>`;
    },
  },
  async submit({ page, request, form, loaded: { session, user } }) {
    const code = (form.get('code') ?? '').trim();
    if (!codePattern.test(code))
      throw new FormError('Enter the 6-digit code from your authenticator app.');
    const deviceName = (form.get('deviceName') ?? '').trim().slice(0, 256);
    const verified = await verifySoftwareToken(page.ctx, user, code, deviceName || undefined);
    useUpChallengeSession(page.ctx, session);
    await finishSignIn(page, request, verified);
  },
});
