import { html, type SafeHtml } from '../../http/html-escape';
import type { PoolConfig } from '../pool-config';
import type { UserRecord } from '../pool-state';
import { phoneOf } from '../sign-in-names';
import type { HostedPage } from './hosted-page';
import { field } from './page-markup';

// What the hosted pages ask a user to type: what their pool signs in with. Email pools (the
// product's) keep the email field they always had; phone pools ask for a phone number;
// free-form pools for a username, on sign-in also for the aliases the pool allows.

/** Where the name is typed: sign-up takes the username itself; sign-in and reset any alias. */
export type NamePurpose = 'signIn' | 'signUp';

interface NameInput {
  /** Label of the field. */
  readonly label: string;
  /** The same, as the lowercase noun of a sentence ("Enter your email"). */
  readonly noun: string;
  readonly type: 'email' | 'tel' | 'text';
  /** Autocomplete on sign-up (sign-in and reset always use `username`). */
  readonly newAutocomplete: string;
}

function nameInput(page: HostedPage, purpose: NamePurpose): NameInput {
  const { config } = page.ctx;
  const { names } = page.text;
  const input = (nouns: readonly string[], type: NameInput['type'], newAutocomplete: string) => {
    const noun = names.orList(nouns);
    return { label: names.label(noun), noun, type, newAutocomplete };
  };
  const kinds = config.usernameAttributes;
  if (kinds.length === 1 && kinds[0] === 'email') return input([names.email], 'email', 'email');
  if (kinds.length === 1) return input([names.phone_number], 'tel', 'tel');
  if (kinds.length > 1) return input([names.email, names.phone_number], 'text', 'username');
  const aliases =
    purpose === 'signIn'
      ? (config.aliasAttributes ?? []).flatMap((a) =>
          a === 'preferred_username' ? [] : [names[a]],
        )
      : [];
  return input([names.username, ...aliases], 'text', 'username');
}

/** The noun of what the pool signs in with ("email", "username or email"), in the page's language. */
export const signInNoun = (page: HostedPage, purpose: NamePurpose = 'signIn') =>
  nameInput(page, purpose).noun;

/** The sign-in name field (posted as `username`), its label and type following the pool. */
export function signInNameField(
  page: HostedPage,
  id: string,
  purpose: NamePurpose,
  opts: { value?: string; invalid: boolean },
): SafeHtml {
  const input = nameInput(page, purpose);
  const autocomplete = purpose === 'signUp' ? input.newAutocomplete : 'username';
  return html`${field({ id, name: 'username', label: input.label, type: input.type, autocomplete, ...opts })}`;
}

/** The name a user is shown by on the later steps: their email or phone, else their username. */
export function signInNameOf(config: PoolConfig, user: UserRecord): string {
  if (config.usernameAttributes.length === 0) return user.username;
  if (user.email !== '') return user.email;
  return phoneOf(user) ?? user.username;
}
