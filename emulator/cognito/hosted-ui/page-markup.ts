import { html, type SafeHtml } from '../../http/html-escape';
import { csrfToken } from '../../http/csrf';
import type { HostedPage } from './hosted-page';

// Shared bits of markup of the hosted pages.

export function alert(message: string | undefined): SafeHtml {
  return message ? html`<div class="alert" role="alert" id="form-error">${message}</div>` : html``;
}

export function info(message: string | undefined): SafeHtml {
  return message ? html`<div class="info" role="status">${message}</div>` : html``;
}

/**
 * A form posted back to a hosted page, with the CSRF token (double submit). `novalidate`
 * unless `validate`: our own messages, not the browser's, explain what is wrong.
 */
export function postForm(
  page: HostedPage,
  opts: { name?: string; action: string; validate?: boolean; asf?: boolean | undefined },
  body: SafeHtml,
): SafeHtml {
  // Cognito's sign-in and sign-up forms carry an advanced-security data field; ours stays empty.
  const asf = opts.asf ? html`<input type="hidden" name="cognitoAsfData" value="" />` : '';
  return html`<form${opts.name ? html` name="${opts.name}"` : ''} method="post" action="${opts.action}"${opts.validate ? '' : html` novalidate`}>
    ${csrfField(page)} ${asf} ${body}
  </form>`;
}

/** A mailed 6-digit code. */
export function codeField(id: string, name: string, label: string, invalid: boolean): SafeHtml {
  const autocomplete = 'one-time-code';
  return field({ id, name, label, type: 'text', autocomplete, inputmode: 'numeric', invalid });
}

type FieldName = { id: string; name: string; label: string };

/** A new password (with the pool's policy as its hint) and the same again. */
export function newPasswordFields(
  page: HostedPage,
  password: FieldName,
  again: FieldName,
  invalid: boolean,
): SafeHtml {
  const hint = page.text.common.passwordHint(page.ctx.config.passwordPolicy);
  const autocomplete = 'new-password';
  return html`${field({ ...password, type: 'password', autocomplete, hint, invalid })}
  ${field({ ...again, type: 'password', autocomplete, invalid })}`;
}

/** The account a step is about, shown and posted back. */
export function accountLine(page: HostedPage, email: string): SafeHtml {
  return html`<input type="hidden" name="username" value="${email}" />
    <p>${page.text.common.account} <strong>${email}</strong></p>`;
}

function csrfField(page: HostedPage): SafeHtml {
  return html`<input
    type="hidden"
    name="_csrf"
    value="${csrfToken(page.ctx.ids, page.req, page.res)}"
  />`;
}

export function field(opts: {
  id: string;
  name: string;
  label: string;
  type: 'text' | 'email' | 'password' | 'tel';
  autocomplete: string;
  value?: string;
  hint?: string;
  invalid?: boolean;
  inputmode?: string;
  /** Default true; false for a field the form may leave empty. */
  required?: boolean;
}): SafeHtml {
  const hintId = opts.hint ? `${opts.id}-hint` : '';
  const describedBy = [hintId, opts.invalid ? 'form-error' : ''].filter(Boolean).join(' ');
  return html`<label for="${opts.id}">${opts.label}</label>
    <input
      id="${opts.id}"
      name="${opts.name}"
      type="${opts.type}"
      autocomplete="${opts.autocomplete}"
      ${opts.required === false ? '' : html`required`}${opts.value !== undefined ? html` value="${opts.value}"` : ''}${opts.inputmode ? html` inputmode="${opts.inputmode}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${opts.invalid ? html` aria-invalid="true"` : ''}
    />
    ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}`;
}
