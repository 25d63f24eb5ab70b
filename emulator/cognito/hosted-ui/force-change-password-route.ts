import { html } from '../../http/html-escape';
import { setNewPassword } from '../authenticate';
import { defineHostedPage, FormError, PageRedirect } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { continueSignIn } from './mfa-step';
import { newPasswordFields } from './page-markup';
import { currentChallenge, endChallenge } from './pending-sign-in';

/**
 * GET/POST /forceChangePassword: users created by an admin set a permanent password after
 * signing in with the temporary one (in this browser, within 10 minutes), then go to the app
 * (through the MFA step when the pool asks for one).
 */
export const forceChangePasswordRoute = defineHostedPage({
  path: '/forceChangePassword',
  title: (page) => page.text.forceChangePassword.title,
  intro: (page) => page.text.forceChangePassword.intro,
  load(page, request) {
    const challenge = currentChallenge(page);
    const user = challenge && page.ctx.repo.user(challenge.username);
    if (!challenge || !user || user.status !== 'FORCE_CHANGE_PASSWORD' || !user.enabled)
      throw new PageRedirect(hrefFor('/login', request));
    return { challenge, user };
  },
  form: {
    name: 'forceChangePasswordForm',
    body: ({ page, error }) => {
      const { common, forceChangePassword } = page.text;
      return html`${newPasswordFields(page, { id: 'new_password', name: 'newPassword', label: common.newPassword }, { id: 'confirm_password', name: 'confirmNewPassword', label: common.newPasswordAgain }, Boolean(error))}
        <button type="submit" name="change_password">${forceChangePassword.submit}</button>`;
    },
  },
  async submit({ page, request, form, loaded: { challenge, user } }) {
    const password = form.get('newPassword') ?? '';
    if (password !== form.get('confirmNewPassword'))
      throw new FormError(page.text.common.passwordsDoNotMatch);
    const updated = await setNewPassword(page.ctx, user, password);
    endChallenge(page, challenge.id);
    await continueSignIn(page, request, updated);
  },
});
