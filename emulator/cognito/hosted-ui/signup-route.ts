import { html } from '../../http/html-escape';
import { redirect } from '../../http/respond';
import { signUpCodeTarget } from '../code-delivery';
import { CognitoError } from '../cognito-error';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { findUser } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { signUp } from '../self-service';
import { defineHostedPage, FormError } from './define-hosted-page';
import { hrefFor } from './hosted-page';
import { newPasswordFields } from './page-markup';
import { rememberPendingSignIn } from './pending-sign-in';
import {
  asUserAttributes,
  postedAttributes,
  requiredAttributeFields,
} from './required-attribute-fields';
import { signInNameField, signInNameOf, signInNoun } from './sign-in-name-field';

/**
 * GET/POST /signup: creates an unconfirmed account and, when the pool sends a code, goes to
 * /confirmUser; a pool that auto-verifies nothing leaves the account to an administrator.
 */
export const signupRoute = defineHostedPage<{ email: string; attributes: Record<string, string> }>({
  path: '/signup',
  title: (page) => page.text.signUp.title,
  heading: (page) => page.text.signUp.heading,
  initial: () => ({ email: '', attributes: {} }),
  posted: (form) => ({ email: (form.get('username') ?? '').trim(), attributes: {} }),
  form: {
    name: 'cognitoSignUpForm',
    asf: true,
    body: ({ page, values, error }) =>
      html`${signInNameField(page, 'signUpFormUsername', 'signUp', { value: values.email, invalid: Boolean(error) })}
        ${requiredAttributeFields(page, values.attributes, Boolean(error))}
        ${newPasswordFields(page, { id: 'signUpFormPassword', name: 'password', label: page.text.signUp.password }, { id: 'signUpFormConfirmPassword', name: 'confirmPassword', label: page.text.signUp.confirmPassword }, Boolean(error))}
        <button type="submit" name="signUpButton">${page.text.signUp.submit}</button>`,
  },
  after: ({ page: { text }, request }) =>
    html`<nav aria-label="${text.common.otherOptions}">
      <p>
        ${text.signUp.haveAccount} <a href="${hrefFor('/login', request)}">${text.signUp.signIn}</a>
      </p>
    </nav>`,
  async submit({ page, request, form, values: { email: name } }) {
    const { ctx, text } = page;
    const attributes = postedAttributes(ctx, form);
    const again = { email: name.slice(0, 256), attributes };
    const password = form.get('password') ?? '';
    if (!name || !password)
      throw new FormError(text.signUp.enterNameAndPassword(signInNoun(page, 'signUp')), again);
    if (password !== form.get('confirmPassword'))
      throw new FormError(text.common.passwordsDoNotMatch, again);
    const clientId = request.client.clientId;
    let user: UserRecord;
    try {
      const result = await signUp(ctx, {
        username: name,
        password,
        attributes: asUserAttributes(attributes),
        clientId,
      });
      user = findUser(ctx, name)!;
      // Confirmed by the PreSignUp trigger: signed in at once, as after a confirmation code.
      if (result.UserConfirmed) {
        const authTime = startHostedSession(ctx, page.res, user, clientId);
        return await completeSignIn(ctx, page.res, request, user, authTime);
      }
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      throw new FormError(text.cognitoError(error), again);
    }
    const target = signUpCodeTarget(ctx, user);
    if (!target) return redirect(page.res, hrefFor('/login', request, { notice: 'adminConfirm' }));
    rememberPendingSignIn(page, user, request.client.clientId);
    const notice = target.attribute === 'phone_number' ? 'sentSms' : 'sent';
    const username = signInNameOf(ctx.config, user);
    redirect(page.res, hrefFor('/confirmUser', request, { username, notice }));
  },
});
