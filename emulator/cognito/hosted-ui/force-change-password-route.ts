import { html } from '../../http/html-escape';
import { sendPage } from '../../http/page-layout';
import { redirect } from '../../http/respond';
import { setNewPassword } from '../authenticate';
import { CognitoError } from '../cognito-error';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { describePolicy } from '../password-policy';
import {
  alert,
  allowMethods,
  authorizeRequestOf,
  csrfField,
  field,
  hrefFor,
  readPostedForm,
  type HostedPage,
} from './hosted-page';
import { currentChallenge, endChallenge } from './pending-sign-in';

function renderChange(
  page: HostedPage,
  request: AuthorizeRequest,
  status: number,
  error?: string,
): void {
  sendPage(
    page.res,
    status,
    'Change password',
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
  );
}

/**
 * GET/POST /forceChangePassword: users created by an admin set a permanent password after
 * signing in with the temporary one (in this browser, within 10 minutes), then go to the app.
 */
export async function forceChangePasswordRoute(page: HostedPage): Promise<void> {
  if (!allowMethods(page, ['GET', 'POST'])) return;
  const request = authorizeRequestOf(page);
  if (!request) return;
  const challenge = currentChallenge(page);
  const user = challenge && page.ctx.state.users.get(challenge.username);
  if (!challenge || !user || user.status !== 'FORCE_CHANGE_PASSWORD' || !user.enabled) {
    return redirect(page.res, hrefFor('/login', request));
  }
  if (page.req.method === 'GET') return renderChange(page, request, 200);
  const form = await readPostedForm(page);
  if (!form) return;
  const password = form.get('newPassword') ?? '';
  if (password !== form.get('confirmNewPassword'))
    return renderChange(page, request, 400, 'The passwords do not match.');
  try {
    await setNewPassword(page.ctx, user, password);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    return renderChange(page, request, 400, error.message);
  }
  endChallenge(page, challenge.id);
  const authTime = startHostedSession(page.ctx, page.res, user, request.client.clientId);
  completeSignIn(page.ctx, page.res, request, user, authTime);
}
