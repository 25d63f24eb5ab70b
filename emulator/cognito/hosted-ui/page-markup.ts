import { html, type SafeHtml } from '../../http/html-escape';
import { csrfToken } from './csrf';
import type { HostedPage } from './hosted-page';

// Shared bits of markup of the hosted pages.

export function alert(message: string | undefined): SafeHtml {
  return message ? html`<div class="alert" role="alert" id="form-error">${message}</div>` : html``;
}

export function info(message: string | undefined): SafeHtml {
  return message ? html`<div class="info" role="status">${message}</div>` : html``;
}

export function csrfField(page: HostedPage): SafeHtml {
  return html`<input
    type="hidden"
    name="_csrf"
    value="${csrfToken(page.ctx, page.req, page.res)}"
  />`;
}

export function field(opts: {
  id: string;
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  value?: string;
  hint?: string;
  invalid?: boolean;
  inputmode?: string;
}): SafeHtml {
  const hintId = opts.hint ? `${opts.id}-hint` : '';
  const describedBy = [hintId, opts.invalid ? 'form-error' : ''].filter(Boolean).join(' ');
  return html`<label for="${opts.id}">${opts.label}</label>
    <input
      id="${opts.id}"
      name="${opts.name}"
      type="${opts.type}"
      autocomplete="${opts.autocomplete}"
      required${opts.value !== undefined ? html` value="${opts.value}"` : ''}${opts.inputmode ? html` inputmode="${opts.inputmode}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${opts.invalid ? html` aria-invalid="true"` : ''}
    />
    ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}`;
}
