// The markup of "Test the authorizer": the form, and after a test the verdict, the decoded token,
// what the Lambda would get and the curl command. Everything shown is escaped by `html`.
import { field } from '../cognito/hosted-ui/page-markup';
import { html, type SafeHtml } from '../http/html-escape';
import type { AuthorizerTestOutcome } from './authorizer-test';
import { MAX_PASTED_TOKEN } from './authorizer-test';

export interface AuthorizerTestView {
  readonly csrfField: SafeHtml;
  /** The header the API's authorizer reads, the form's default. */
  readonly identityHeader: string;
  readonly modeLine: string;
  /** What was posted, shown again in the form (the user's own page only). */
  readonly posted?: { readonly token: string; readonly headerName: string } | undefined;
  readonly outcome?: AuthorizerTestOutcome | undefined;
}

function verdictSection(outcome: Extract<AuthorizerTestOutcome, { kind: 'tested' }>): SafeHtml {
  const { verdict } = outcome;
  const label =
    verdict.allowed === true ? 'Allowed' : verdict.allowed === false ? 'Refused' : 'Not asked';
  return html`<section aria-labelledby="verdict">
    <h2 id="verdict">Verdict: ${label}</h2>
    <p class="${verdict.allowed === false ? 'alert' : 'info'}">${verdict.headline}</p>
    ${verdict.details.map((line) => html`<p>${line}</p>`)}
    ${
      verdict.response
        ? html`<p>
            The API answers <code>${verdict.response.status}</code>
            <code>${verdict.response.body}</code>
          </p>`
        : ''
    }
    ${
      outcome.notes.length > 0
        ? html`<h3>Revocation</h3>
            ${outcome.notes.map((line) => html`<p>${line}</p>`)}`
        : ''
    }
  </section>`;
}

function decodedSection(outcome: Extract<AuthorizerTestOutcome, { kind: 'tested' }>): SafeHtml {
  const { decoded } = outcome;
  if (decoded.kind === 'not-jwt')
    return html`<section aria-labelledby="decoded">
      <h2 id="decoded">Decoded token</h2>
      <p>${decoded.problem}</p>
    </section>`;
  return html`<section aria-labelledby="decoded">
    <h2 id="decoded">Decoded token</h2>
    <p class="hint">Decoded without checking the signature: the verdict above is the check.</p>
    <h3>Header</h3>
    <pre class="wrap" tabindex="0">${decoded.header}</pre>
    <h3>Claims</h3>
    <pre class="wrap" tabindex="0">${decoded.payload}</pre>
    ${
      decoded.times.length > 0
        ? html`<table>
            <caption>
              Times in the token (UTC)
            </caption>
            <tbody>
              ${decoded.times.map(
                ([name, at]) =>
                  html`<tr>
                    <th scope="row">${name}</th>
                    <td>${at}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
  </section>`;
}

/** The page body: form first, then the outcome of the last test, if any. */
export function renderAuthorizerTest(view: AuthorizerTestView): SafeHtml {
  const { outcome } = view;
  const refused =
    outcome?.kind === 'refused'
      ? html`<p class="alert" role="alert" id="token-error">${outcome.message}</p>`
      : '';
  const tested = outcome?.kind === 'tested' ? outcome : undefined;
  return html`<h1>Test the authorizer</h1>
    <p>${view.modeLine}</p>
    <p class="hint">
      The verdict comes from the local gateway’s own authorizer for GET /transactions, asked afresh
      (its cache is neither read nor filled). The token stays in this page: it is not logged or
      stored.
    </p>
    ${refused}
    <form method="post" action="" novalidate>
      ${view.csrfField}
      <label for="token">Token</label>
      <textarea
        id="token"
        name="token"
        rows="6"
        spellcheck="false"
        autocomplete="off"
        maxlength="${MAX_PASTED_TOKEN}"
        aria-describedby="token-hint${outcome?.kind === 'refused' ? ' token-error' : ''}"
      >
${view.posted?.token ?? ''}</textarea>
      <p class="hint" id="token-hint">
        An ID or access token, with or without "Bearer ", at most ${MAX_PASTED_TOKEN} characters.
      </p>
      ${field({
        id: 'header',
        name: 'header',
        label: 'Header name',
        type: 'text',
        autocomplete: 'off',
        value: view.posted?.headerName ?? view.identityHeader,
        hint: `The API's identity source is ${view.identityHeader} (method.request.header.${view.identityHeader}).`,
      })}
      <button type="submit">Test</button>
    </form>
    ${tested ? verdictSection(tested) : ''} ${tested ? decodedSection(tested) : ''}
    ${
      tested?.verdict.context
        ? html`<section aria-labelledby="context">
            <h2 id="context">What the Lambda gets</h2>
            <p class="hint">requestContext.authorizer</p>
            <pre class="wrap" tabindex="0">${JSON.stringify(tested.verdict.context, null, 2)}</pre>
          </section>`
        : ''
    }
    ${
      tested
        ? html`<section aria-labelledby="curl">
            <h2 id="curl">curl command</h2>
            <p class="hint">GET /transactions with this token, quoted for a POSIX shell.</p>
            <pre class="wrap" tabindex="0"><code>${tested.curl}</code></pre>
          </section>`
        : ''
    }`;
}
