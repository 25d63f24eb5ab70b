import type { UsernameAttribute } from './pool-config';
import type { UserRecord } from './pool-state';

// The names a user signs in with, in every kind of pool: an email or phone number as the
// username (UsernameAttributes), or a free-form username with optional aliases (AliasAttributes).

/** Cognito's username pattern for free-form pools: no whitespace, 1-128 characters. */
export const usernamePattern = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;
export const usernameInvalid =
  "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";

/**
 * E.164 as Cognito documents it: `+`, the country code, digits only. The length bounds (4-15
 * digits) are E.164's; Cognito's own are unconfirmed (docs/emulator.md).
 */
export const isPhoneNumber = (value: string) => /^\+[1-9]\d{3,14}$/.test(value);

/** Cognito masks phone destinations: `+*******1234`. */
export const maskPhone = (phone: string) =>
  `+${'*'.repeat(Math.max(phone.length - 5, 0))}${phone.slice(-4)}`;

/** The user's phone number, if any (kept among the standard attributes). */
export const phoneOf = (user: UserRecord): string | undefined => user.attributes['phone_number'];

/** Whether the user's phone number is verified (a string flag among the attributes). */
export const phoneVerified = (user: UserRecord) =>
  user.attributes['phone_number_verified'] === 'true';

/** Which attribute a pool that signs in by email or phone takes `name` to be, if either. */
export function usernameAttributeOf(
  attributes: readonly UsernameAttribute[],
  name: string,
  isEmail: (value: string) => boolean,
): UsernameAttribute | undefined {
  if (attributes.includes('email') && isEmail(name)) return 'email';
  if (attributes.includes('phone_number') && isPhoneNumber(name)) return 'phone_number';
  return undefined;
}

/** AWS's refusal of a username that is not what the pool signs in with. */
export function usernameShapeMessage(attributes: readonly UsernameAttribute[]): string {
  if (attributes.length > 1) return 'Username should be either an email or a phone number.';
  return attributes[0] === 'phone_number'
    ? 'Username should be a phone number.'
    : 'Username should be an email.';
}

/** Compares two usernames as a free-form pool does (case-insensitively unless CaseSensitive). */
export const sameUsername = (caseSensitive: boolean, a: string, b: string) =>
  caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
