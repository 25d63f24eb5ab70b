import { html } from '../../http/html-escape';
import { answerMfaChallenge } from '../mfa/mfa-challenge';
import { defineHostedPage, FormError } from './define-hosted-page';
import { currentMfaStep, goToChallenge } from './mfa-step';

/** GET/POST /selectMfa: SELECT_MFA_TYPE, for a user with several second factors and no preferred one. */
export const selectMfaRoute = defineHostedPage<
  Record<string, never>,
  ReturnType<typeof currentMfaStep>
>({
  path: '/selectMfa',
  title: (page) => page.text.selectMfa.title,
  intro: (page) => page.text.selectMfa.intro,
  load: (page, request) => currentMfaStep(page, request, ['SELECT_MFA_TYPE']),
  form: {
    name: 'selectMfaForm',
    body: ({ page: { text }, loaded: { session }, error }) =>
      html`<fieldset${error ? html` aria-describedby="form-error"` : ''}>
          <legend>${text.selectMfa.legend}</legend>
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
                <label class="inline" for="mfaType-${method}"
                  >${text.selectMfa.methods[method]}</label
                >
              </p>`,
          )}
        </fieldset>
        <button type="submit" name="choose">${text.selectMfa.submit}</button>`,
  },
  async submit({ page, request, form, loaded: { session } }) {
    const choice = form.get('mfaType') ?? '';
    if (!(session.choices ?? []).some((c) => c === choice))
      throw new FormError(page.text.selectMfa.chooseOne);
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
