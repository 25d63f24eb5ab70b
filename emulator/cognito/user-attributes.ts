import { CognitoError } from './cognito-error';
import type { UserRecord } from './pool-state';

/** The standard claims of the OIDC `profile` scope (userInfo and narrowed ID tokens). */
export const profileClaims: readonly string[] = [
  'name',
  'family_name',
  'given_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'updated_at',
];

/**
 * Standard attributes the pool accepts besides email: the profile claims, plus phone_number
 * (`phone` scope) and address (no scope we support). Custom attributes are not emulated.
 */
const writable = new Set([...profileClaims, 'phone_number', 'address']);

/** One `{Name, Value}` of UserAttributes, its shape already checked (JsonInput.attributes). */
export interface UserAttribute {
  readonly Name: string;
  readonly Value: string;
}

/** Checks names against the schema; email/email_verified are returned separately. */
export function parseAttributes(list: readonly UserAttribute[] = []): {
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
    else if (writable.has(name)) out.other[name] = value;
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

/** The user's attributes as Cognito lists them (`sub` first, booleans as strings). */
export function attributeList(user: UserRecord): { Name: string; Value: string }[] {
  return [
    { Name: 'sub', Value: user.username },
    ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    { Name: 'email_verified', Value: String(user.emailVerified) },
    { Name: 'email', Value: user.email },
  ];
}
