import { standardAttributes } from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import type { UserRecord } from './pool-state';

/** Standard attributes the pool accepts besides email (custom attributes are not emulated). */
const writable = new Set<string>(standardAttributes.filter((name) => name !== 'email'));

export interface AttributeInput {
  Name?: unknown;
  Value?: unknown;
}

/** Validates `[{Name, Value}]`; email/email_verified are returned separately. */
export function parseAttributes(list: unknown): {
  email?: string;
  emailVerified?: boolean;
  other: Record<string, string>;
} {
  if (list === undefined || list === null) return { other: {} };
  if (!Array.isArray(list) || list.length > 50) {
    throw new CognitoError(
      'InvalidParameterException',
      'UserAttributes must be a list of at most 50 {Name, Value} entries.',
    );
  }
  const out: { email?: string; emailVerified?: boolean; other: Record<string, string> } = {
    other: {},
  };
  for (const item of list as AttributeInput[]) {
    const name = item?.Name;
    const value = item?.Value ?? '';
    if (typeof name !== 'string' || typeof value !== 'string' || value.length > 2048) {
      throw new CognitoError(
        'InvalidParameterException',
        'Each user attribute needs a string Name and a string Value (up to 2048 characters).',
      );
    }
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
