import { html, type SafeHtml } from '../../http/html-escape';
import type { PoolContext } from '../pool-context';
import { requiredAttributes } from '../sign-up-user';
import type { UserAttribute } from '../user-attributes';
import { field } from './page-markup';

// The sign-up page's inputs for the pool's required attributes, named as Cognito's hosted UI
// names them (`requiredAttributes[given_name]`, cognito-behavior §3.2). The attribute the
// username stands for (email or phone in such pools) is not asked twice.

type Input = { label: string; type: 'text' | 'email' | 'tel'; autocomplete: string };

// Autocomplete tokens from the HTML standard; attributes without one get `on`.
const inputs: Readonly<Record<string, Input>> = {
  email: { label: 'Email', type: 'email', autocomplete: 'email' },
  phone_number: { label: 'Phone number', type: 'tel', autocomplete: 'tel' },
  name: { label: 'Name', type: 'text', autocomplete: 'name' },
  given_name: { label: 'Given name', type: 'text', autocomplete: 'given-name' },
  family_name: { label: 'Family name', type: 'text', autocomplete: 'family-name' },
  middle_name: { label: 'Middle name', type: 'text', autocomplete: 'additional-name' },
  nickname: { label: 'Nickname', type: 'text', autocomplete: 'nickname' },
  preferred_username: { label: 'Preferred username', type: 'text', autocomplete: 'nickname' },
  profile: { label: 'Profile', type: 'text', autocomplete: 'url' },
  picture: { label: 'Picture', type: 'text', autocomplete: 'photo' },
  website: { label: 'Website', type: 'text', autocomplete: 'url' },
  gender: { label: 'Gender', type: 'text', autocomplete: 'sex' },
  birthdate: { label: 'Birthdate', type: 'text', autocomplete: 'bday' },
  zoneinfo: { label: 'Time zone', type: 'text', autocomplete: 'on' },
  locale: { label: 'Locale', type: 'text', autocomplete: 'language' },
  address: { label: 'Address', type: 'text', autocomplete: 'street-address' },
  updated_at: { label: 'Updated at', type: 'text', autocomplete: 'off' },
};

/** The required attributes the sign-up form asks for (not those the username supplies). */
export function askedAttributes(ctx: PoolContext): string[] {
  const byUsername = new Set<string>(ctx.config.usernameAttributes);
  return requiredAttributes(ctx).filter((name) => !byUsername.has(name) && name in inputs);
}

const fieldName = (attribute: string) => `requiredAttributes[${attribute}]`;

/** The values of the asked attributes in a posted form (trimmed, at most 2048 characters). */
export function postedAttributes(
  ctx: PoolContext,
  form: ReadonlyMap<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    askedAttributes(ctx).map((name) => [
      name,
      (form.get(fieldName(name)) ?? '').trim().slice(0, 2048),
    ]),
  );
}

/** The posted values as SignUp's UserAttributes (empty ones left out: SignUp names them). */
export const asUserAttributes = (values: Readonly<Record<string, string>>): UserAttribute[] =>
  Object.entries(values)
    .filter(([, value]) => value !== '')
    .map(([Name, Value]) => ({ Name, Value }));

/** One labelled input per asked attribute. */
export function requiredAttributeFields(
  ctx: PoolContext,
  values: Readonly<Record<string, string>>,
  invalid: boolean,
): SafeHtml {
  const fields = askedAttributes(ctx).map((name) =>
    field({
      id: `signUpFormAttribute-${name}`,
      name: fieldName(name),
      ...inputs[name]!,
      value: values[name] ?? '',
      invalid,
    }),
  );
  return html`${fields}`;
}
