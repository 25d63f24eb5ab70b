import { html, type SafeHtml } from '../../http/html-escape';
import type { PoolContext } from '../pool-context';
import { requiredAttributes } from '../sign-up-user';
import type { UserAttribute } from '../user-attributes';
import type { HostedPage } from './hosted-page';
import type { HostedText } from './i18n/hosted-text';
import { field } from './page-markup';

// The sign-up page's inputs for the pool's required attributes, named as Cognito's hosted UI
// names them (`requiredAttributes[given_name]`, cognito-behavior §3.2). The attribute the
// username stands for (email or phone in such pools) is not asked twice.

type Input = { type: 'text' | 'email' | 'tel'; autocomplete: string };

// Autocomplete tokens from the HTML standard; attributes without one get `on`.
const inputs: Readonly<Record<keyof HostedText['attributes'], Input>> = {
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel' },
  name: { type: 'text', autocomplete: 'name' },
  given_name: { type: 'text', autocomplete: 'given-name' },
  family_name: { type: 'text', autocomplete: 'family-name' },
  middle_name: { type: 'text', autocomplete: 'additional-name' },
  nickname: { type: 'text', autocomplete: 'nickname' },
  preferred_username: { type: 'text', autocomplete: 'nickname' },
  profile: { type: 'text', autocomplete: 'url' },
  picture: { type: 'text', autocomplete: 'photo' },
  website: { type: 'text', autocomplete: 'url' },
  gender: { type: 'text', autocomplete: 'sex' },
  birthdate: { type: 'text', autocomplete: 'bday' },
  zoneinfo: { type: 'text', autocomplete: 'on' },
  locale: { type: 'text', autocomplete: 'language' },
  address: { type: 'text', autocomplete: 'street-address' },
  updated_at: { type: 'text', autocomplete: 'off' },
};

type AskedAttribute = keyof typeof inputs;

/** The required attributes the sign-up form asks for (not those the username supplies). */
export function askedAttributes(ctx: PoolContext): AskedAttribute[] {
  const byUsername = new Set<string>(ctx.config.usernameAttributes);
  return requiredAttributes(ctx).filter(
    (name): name is AskedAttribute => !byUsername.has(name) && Object.hasOwn(inputs, name),
  );
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

/** One labelled input per asked attribute, labelled in the page's language. */
export function requiredAttributeFields(
  page: HostedPage,
  values: Readonly<Record<string, string>>,
  invalid: boolean,
): SafeHtml {
  const fields = askedAttributes(page.ctx).map((name) =>
    field({
      id: `signUpFormAttribute-${name}`,
      name: fieldName(name),
      label: page.text.attributes[name],
      ...inputs[name],
      value: values[name] ?? '',
      invalid,
    }),
  );
  return html`${fields}`;
}
