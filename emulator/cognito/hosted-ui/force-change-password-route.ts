import { html } from '../../http/html-escape';
import { setNewPassword } from '../authenticate';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { describePolicy } from '../password-policy';
import { defineHostedPage, FormError, PageRedirect } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { alert, csrfField, field } from './page-markup';
import { currentChallenge, endChallenge } from './pending-sign-in';

/**
 * GET/POST /forceChangePassword: users created by an admin set a permanent password after
 * signing in with the temporary one (in this browser, within 10 minutes), then go to the app.
 */
export const forceChangePasswordRoute = defineHostedPage({
  path: '/forceChangePassword',
  title: 'Change password',
  load(page, request) {
    const challenge = currentChallenge(page);
    const user = challenge && page.ctx.repo.user(challenge.username);
    if (!challenge || !user || user.status !== 'FORCE_CHANGE_PASSWORD' || !user.enabled)
      throw new PageRedirect(hrefFor('/login', request));
    return { challenge, user };
  },
  render: ({ page, request, error }) =>
    html`<h1>Change password</h1>
      <p>Please enter a new password for your account.</p>
      ${alert(error)}
      <form
        name="forceChangePasswordForm"
        method="post"
        action="${hrefFor('/forceChangePassword', request)}"
        novalidate
      >
        ${csrfField(page)}
        ${field({ id: 'new_password', name: 'newPassword', label: 'New password', type: 'password', autocomplete: 'new-password', hint: describePolicy(page.ctx.config.passwordPolicy), invalid: Boolean(error) })}
        ${field({ id: 'confirm_password', name: 'confirmNewPassword', label: 'Enter new password again', type: 'password', autocomplete: 'new-password', invalid: Boolean(error) })}
        <button type="submit" name="change_password">Send</button>
      </form>`,
  async submit({ page, request, form, loaded: { challenge, user } }) {
    const password = form.get('newPassword') ?? '';
    if (password !== form.get('confirmNewPassword'))
      throw new FormError('The passwords do not match.');
    const updated = await setNewPassword(page.ctx, user, password);
    endChallenge(page, challenge.id);
    const authTime = startHostedSession(page.ctx, page.res, updated, request.client.clientId);
    completeSignIn(page.ctx, page.res, request, updated, authTime);
  },
});
