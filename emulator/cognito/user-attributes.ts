import { standardAttributes } from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import type { CustomAttribute } from './pool-config';
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

/** Standard attributes the pool accepts besides email (custom attributes are not emulated). */
const writable = new Set<string>(standardAttributes.filter((name) => name !== 'email'));

/** One `{Name, Value}` of UserAttributes, its shape already checked (JsonInput.attributes). */
export interface UserAttribute {
  readonly Name: string;
  readonly Value: string;
}

/** Checks names against the schema; email/email_verified are returned separately. */
export function parseAttributes(
  list: readonly UserAttribute[] = [],
  custom: readonly CustomAttribute[] = [],
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
    else if (custom.some((a) => `custom:${a.name}` === name)) out.other[name] = value;
    else if (name === 'sub') {
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
  return [
    { Name: 'sub', Value: subOf(user) },
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
