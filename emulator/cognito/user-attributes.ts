import { standardAttributes } from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import type { CustomAttribute } from './pool-config';
import { identitiesOf } from './federation/identities';
import type { UserRecord } from './pool-state';

/** The user's `sub`: its own field in free-form pools, the username otherwise. */
export const subOf = (user: UserRecord): string => user.sub ?? user.username;

/**
 * The standard claims of the OIDC `profile` scope (userInfo and narrowed ID tokens): the pool's
 * standard attributes less email (`email` scope), phone_number (`phone` scope) and address.
 */
export const profileClaims: readonly string[] = standardAttributes.filter(
  (name) => name !== 'email' && name !== 'phone_number' && name !== 'address',
);

/** Standard attributes the pool accepts besides email (custom ones come from the schema). */
const writable = new Set<string>(standardAttributes.filter((name) => name !== 'email'));

/** One `{Name, Value}` of UserAttributes, its shape already checked (JsonInput.attributes). */
export interface UserAttribute {
  readonly Name: string;
  readonly Value: string;
}

const schemaError = (message: string) =>
  new CognitoError(
    'InvalidParameterException',
    `Attributes did not conform to the schema: ${message}`,
  );

/**
 * A custom attribute's value against its schema entry: immutable ones only at creation, strings
 * within their lengths, numbers within their range. The wording is the emulator's (Cognito's
 * texts for these are UNCONFIRMED).
 */
function checkCustomValue(a: CustomAttribute, value: string, use: AttributeUse): void {
  const name = `custom:${a.name}`;
  if (!a.mutable && use !== 'create') throw schemaError(`${name}: Attribute cannot be updated.`);
  if (use === 'delete') return;
  if (a.type === 'String') {
    if (value.length > (a.maxLength ?? 2048))
      throw schemaError(`${name}: String must be no longer than ${a.maxLength ?? 2048} characters`);
    if (value.length < (a.minLength ?? 0))
      throw schemaError(`${name}: String must be at least ${a.minLength ?? 0} characters`);
  } else if (a.type === 'Number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      throw schemaError(`${name}: Number must be a number`);
    if (
      (a.minValue !== undefined && n < a.minValue) ||
      (a.maxValue !== undefined && n > a.maxValue)
    )
      throw schemaError(`${name}: Number is out of range`);
  } else if (a.type === 'Boolean' && value !== 'true' && value !== 'false') {
    throw schemaError(`${name}: Boolean must be true or false`);
  }
}

/** What a list of attributes is for: a new user, changed values, or names to delete. */
export type AttributeUse = 'create' | 'update' | 'delete';

/** Checks names (and custom values) against the schema; email/email_verified come separately. */
export function parseAttributes(
  list: readonly UserAttribute[] = [],
  custom: readonly CustomAttribute[] = [],
  use: AttributeUse = 'create',
): {
  email?: string;
  emailVerified?: boolean;
  other: Record<string, string>;
} {
  const out: { email?: string; emailVerified?: boolean; other: Record<string, string> } = {
    other: {},
  };
  for (const { Name: name, Value: value } of list) {
    if (name === 'email') out.email = value;
    else if (name === 'email_verified') out.emailVerified = value === 'true';
    // Kept as a string flag among the attributes; only admins may write it (as email_verified).
    else if (name === 'phone_number_verified') out.other[name] = String(value === 'true');
    else if (writable.has(name)) out.other[name] = value;
    else if (name.startsWith('custom:') && custom.some((a) => `custom:${a.name}` === name)) {
      checkCustomValue(
        custom.find((a) => `custom:${a.name}` === name)!,
        value,
        use,
      );
      out.other[name] = value;
    } else if (name === 'sub') {
      throw new CognitoError(
        'InvalidParameterException',
        'Attributes did not conform to the schema: sub: Attribute cannot be updated.',
      );
    } else {
      throw new CognitoError(
        'InvalidParameterException',
        `Attributes did not conform to the schema: Type for attribute {${name}} could not be determined`,
      );
    }
  }
  return out;
}

/** The attributes as ID-token claims: verification flags are booleans, everything else strings. */
export function attributeClaims(
  attributes: Readonly<Record<string, string>>,
): Record<string, string | boolean> {
  const claims: Record<string, string | boolean> = { ...attributes };
  if (attributes['phone_number_verified'] !== undefined)
    claims['phone_number_verified'] = attributes['phone_number_verified'] === 'true';
  return claims;
}

/** The user's attributes as Cognito lists them (`sub` first, booleans as strings). */
export function attributeList(user: UserRecord): { Name: string; Value: string }[] {
  const identities = identitiesOf(user);
  return [
    { Name: 'sub', Value: subOf(user) },
    // A JSON array in a string, as Cognito lists it for federated users.
    ...(identities.length > 0 ? [{ Name: 'identities', Value: JSON.stringify(identities) }] : []),
    ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    // A free-form pool's user may have no email at all.
    ...(user.email === ''
      ? []
      : [
          { Name: 'email_verified', Value: String(user.emailVerified) },
          { Name: 'email', Value: user.email },
        ]),
  ];
}
