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

const nouns = { email: 'email', phone_number: 'phone number' } as const;

function nameInput(config: PoolConfig, purpose: NamePurpose): NameInput {
  const kinds = config.usernameAttributes;
  if (kinds.length === 1 && kinds[0] === 'email')
    return { label: 'Email', noun: 'email', type: 'email', newAutocomplete: 'email' };
  if (kinds.length === 1)
    return { label: 'Phone number', noun: 'phone number', type: 'tel', newAutocomplete: 'tel' };
  if (kinds.length > 1)
    return {
      label: 'Email or phone number',
      noun: 'email or phone number',
      type: 'text',
      newAutocomplete: 'username',
    };
  const aliases =
    purpose === 'signIn'
      ? (config.aliasAttributes ?? []).flatMap((a) =>
          a === 'preferred_username' ? [] : [nouns[a]],
        )
      : [];
  const names = ['username', ...aliases];
  const noun =
    names.length === 1
      ? 'username'
      : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
  return {
    label: noun[0]!.toUpperCase() + noun.slice(1),
    noun,
    type: 'text',
    newAutocomplete: 'username',
  };
}

/** The lowercase noun of what the pool signs in with ("email", "username or email"). */
export const signInNoun = (page: HostedPage, purpose: NamePurpose = 'signIn') =>
  nameInput(page.ctx.config, purpose).noun;

/** The sign-in name field (posted as `username`), its label and type following the pool. */
export function signInNameField(
  page: HostedPage,
  id: string,
  purpose: NamePurpose,
  opts: { value?: string; invalid: boolean },
): SafeHtml {
  const input = nameInput(page.ctx.config, purpose);
  const autocomplete = purpose === 'signUp' ? input.newAutocomplete : 'username';
  return html`${field({ id, name: 'username', label: input.label, type: input.type, autocomplete, ...opts })}`;
}

/** The name a user is shown by on the later steps: their email or phone, else their username. */
export function signInNameOf(config: PoolConfig, user: UserRecord): string {
  if (config.usernameAttributes.length === 0) return user.username;
  if (user.email !== '') return user.email;
  return phoneOf(user) ?? user.username;
}
