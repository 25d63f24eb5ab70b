// The local test IdP's sign-in page: pick a test identity or create one (no password). Plain
// HTML like the hosted pages: no script, CSP from sendPage, every value escaped, CSRF token.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { csrfToken } from '../http/csrf';
import { html, type SafeHtml } from '../http/html-escape';
import { sendPage } from '../http/page-layout';
import { alert, field } from '../cognito/hosted-ui/page-markup';
import type { IdentityInput, TestIdentity } from './test-identity';
import type { TestIdpContext } from './test-idp-context';

export const testIdpPageTitle = 'Local test identity provider';

function csrfInput(idp: TestIdpContext, req: IncomingMessage, res: ServerResponse): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrfToken(idp.ids, req, res)}" />`;
}

function identityButton(
  action: string,
  csrf: SafeHtml,
  identity: TestIdentity,
  index: number,
): SafeHtml {
  const label = identity.name === '' ? identity.email : `${identity.name} (${identity.email})`;
  return html`<li>
    <form name="pickIdentity${String(index)}" method="post" action="${action}" novalidate>
      ${csrf}
      <input type="hidden" name="action" value="pick" />
      <input type="hidden" name="subject" value="${identity.subject}" />
      <button type="submit">Continue as ${label}</button>
    </form>
  </li>`;
}

/** The page, status 200 (or 400 with `error` after a refused post). */
export function sendTestIdpPage(
  idp: TestIdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  view: { action: string; status: number; error?: string | undefined; values?: IdentityInput },
): void {
  const csrf = csrfInput(idp, req, res);
  const identities = [...idp.identities.values()];
  const values = view.values ?? { email: '', name: '', subject: '', emailVerified: true };
  const invalid = view.error !== undefined;
  sendPage(
    res,
    view.status,
    testIdpPageTitle,
    html`<h1>Sign in to the local test identity provider</h1>
      <p>
        This page stands in for an external provider such as Google. Nothing is checked: pick a test
        identity, or create one.
      </p>
      ${alert(view.error)}
      ${
        identities.length > 0
          ? html`<h2>Test identities</h2>
              <ul>
                ${identities.map((identity, i) => identityButton(view.action, csrf, identity, i))}
              </ul>`
          : html`<p>No test identities yet.</p>`
      }
      <h2>New test identity</h2>
      <form name="createIdentity" method="post" action="${view.action}" novalidate>
        ${csrf}
        <input type="hidden" name="action" value="create" />
        ${field({ id: 'idpEmail', name: 'email', label: 'Email', type: 'email', autocomplete: 'off', value: values.email, invalid })}
        ${field({ id: 'idpName', name: 'name', label: 'Name', type: 'text', autocomplete: 'off', value: values.name, required: false })}
        ${field({ id: 'idpSubject', name: 'subject', label: 'Subject (optional)', type: 'text', autocomplete: 'off', value: values.subject, hint: 'The stable user id (sub). Leave empty for a new random one.', required: false })}
        <p class="check">
          <input
            id="idpEmailVerified"
            name="email_verified"
            type="checkbox"
            value="true"
            ${values.emailVerified ? html` checked` : ''}
          /><label class="inline" for="idpEmailVerified">The email is verified</label>
        </p>
        <button type="submit">Create and continue</button>
      </form>`,
  );
}
