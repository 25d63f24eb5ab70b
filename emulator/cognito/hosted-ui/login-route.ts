import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { authenticate } from '../authenticate';
import { signUpCodeTarget } from '../code-delivery';
import { CognitoError, messages } from '../cognito-error';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { findUser, type PoolContext } from '../pool-context';
import type { HostedText } from './i18n/hosted-text';
import { resendConfirmationCode } from '../self-service';
import { typedEmail } from './account-step';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { continueSignIn } from './mfa-step';
import { field } from './page-markup';
import { signInNameField, signInNameOf, signInNoun } from './sign-in-name-field';
import { rememberPendingSignIn, startChallenge } from './pending-sign-in';

/**
 * "Continue with <provider>" for each federated provider the client allows: links to
 * /oauth2/authorize with identity_provider, so the app's request goes on through the IdP.
 */
function federatedLinks(ctx: PoolContext, text: HostedText, request: AuthorizeRequest) {
  const providers = (ctx.config.identityProviders ?? []).filter((p) =>
    request.client.identityProviders.includes(p.name),
  );
  if (providers.length === 0) return '';
  return html`<section aria-labelledby="social-heading">
    <h2 id="social-heading">${text.login.socialHeading}</h2>
    ${providers.map(
      (p) =>
        html`<p>
          <a
            class="button"
            href="${hrefFor('/oauth2/authorize', request, { identity_provider: p.name })}"
            >${text.login.continueWith(p.name)}</a
          >
        </p>`,
    )}
  </section>`;
}

const badCredentials = { type: 'NotAuthorizedException', message: messages.badCredentials };

/** GET/POST /login: the classic hosted sign-in form. */
export const loginRoute = defineHostedPage<{ email: string }>({
  path: '/login',
  title: (page) => page.text.login.title,
  heading: (page) => page.text.login.heading(signInNoun(page)),
  notices: ({ login }) => ({ adminConfirm: login.adminConfirm, mfaExpired: login.mfaExpired }),
  ...typedEmail,
  form: {
    name: 'cognitoSignInForm',
    asf: true,
    body: ({ page, values, error }) =>
      html`${signInNameField(page, 'signInFormUsername', 'signIn', { value: values.email, invalid: Boolean(error) })}
        ${field({ id: 'signInFormPassword', name: 'password', label: page.text.login.password, type: 'password', autocomplete: 'current-password', invalid: Boolean(error) })}
        <input
          class="button"
          name="signInSubmitButton"
          type="submit"
          value="${page.text.login.submit}"
        />`,
  },
  after: ({ page: { ctx, text }, request }) =>
    html`${federatedLinks(ctx, text, request)}
      <nav aria-label="${text.common.otherOptions}">
        <p><a href="${hrefFor('/forgotPassword', request)}">${text.login.forgotPassword}</a></p>
        ${ctx.config.selfSignUp ? html`<p>${text.login.needAccount} <a href="${hrefFor('/signup', request)}">${text.login.signUp}</a></p>` : ''}
      </nav>`,
  async submit({ page, request, form, values: { email: username } }) {
    const password = form.get('password') ?? '';
    if (!username || !password)
      throw new FormError(page.text.login.enterNameAndPassword(signInNoun(page)));
    if (username.length > 256 || password.length > 256)
      throw new FormError(page.text.cognitoError(badCredentials), { email: '' });
    const { ctx } = page;
    try {
      const outcome = await authenticate(ctx, username, password);
      if (outcome.kind === 'newPasswordRequired') {
        startChallenge(page, outcome.user, request.client.clientId);
        return redirect(page.res, hrefFor('/forceChangePassword', request));
      }
      await continueSignIn(page, request, outcome.user);
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      if (error.type === 'UserNotConfirmedException') {
        const user = findUser(ctx, username)!;
        // Without a code to send, only an administrator can confirm the account.
        const target = signUpCodeTarget(ctx, user);
        if (!target) throw error;
        rememberPendingSignIn(page, user, request.client.clientId);
        const name = signInNameOf(ctx.config, user);
        let notice = target.attribute === 'phone_number' ? 'sentSms' : 'sent';
        try {
          await resendConfirmationCode(ctx, name, request.client.clientId);
        } catch (sendError) {
          if (!(sendError instanceof CognitoError)) throw sendError;
          notice = 'limit';
        }
        return redirect(page.res, hrefFor('/confirmUser', request, { username: name, notice }));
      }
      if (error.type === 'PasswordResetRequiredException')
        return redirect(page.res, hrefFor('/forgotPassword', request, { notice: 'reset' }));
      throw error;
    }
  },
});
