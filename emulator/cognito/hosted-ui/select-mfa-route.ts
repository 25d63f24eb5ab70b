import { html } from '../../http/html-escape';
import { answerMfaChallenge } from '../mfa/mfa-challenge';
import type { MfaMethod } from '../pool-state';
import { defineHostedPage, FormError } from './define-hosted-page';
import { currentMfaStep, goToChallenge } from './mfa-step';

const labels: Readonly<Record<MfaMethod, string>> = {
  SOFTWARE_TOKEN_MFA: 'Authenticator app',
  EMAIL_OTP: 'Email',
};

/** GET/POST /selectMfa: SELECT_MFA_TYPE, for a user with several second factors and no preferred one. */
export const selectMfaRoute = defineHostedPage<
  Record<string, never>,
  ReturnType<typeof currentMfaStep>
>({
  path: '/selectMfa',
  title: () => 'Choose how to verify',
  intro: () => 'Choose how you want to receive your sign-in code.',
  load: (page, request) => currentMfaStep(page, request, ['SELECT_MFA_TYPE']),
  form: {
    name: 'selectMfaForm',
    body: ({ loaded: { session }, error }) =>
      html`<fieldset${error ? html` aria-describedby="form-error"` : ''}>
          <legend>Verification method</legend>
          ${(session.choices ?? []).map(
            (method, i) =>
              html`<p>
                <input
                  type="radio"
                  id="mfaType-${method}"
                  name="mfaType"
                  value="${method}"
                  ${i === 0 ? html` checked` : ''}
                />
                <label class="inline" for="mfaType-${method}">${labels[method]}</label>
              </p>`,
          )}
        </fieldset>
        <button type="submit" name="choose">Continue</button>`,
  },
  async submit({ page, request, form, loaded: { session } }) {
    const choice = form.get('mfaType') ?? '';
    if (!(session.choices ?? []).some((c) => c === choice))
      throw new FormError('Choose one of the methods.');
    const answer = await answerMfaChallenge(page.ctx, {
      clientId: request.client.clientId,
      sessionId: session.id,
      challengeName: 'SELECT_MFA_TYPE',
      responses: { USERNAME: session.username, ANSWER: choice },
    });
    if (answer.kind !== 'challenge') throw new Error('A choice always leads to a code challenge');
    goToChallenge(page, request, answer.challenge);
  },
});
