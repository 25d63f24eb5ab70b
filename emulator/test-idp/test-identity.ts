// A person the local test IdP can sign in as: picked or created on its sign-in page, no
// password. The subject is stable, so a second sign-in finds the same pool user.

import { isEmail } from '../cognito/pool-context';

export interface TestIdentity {
  /** `sub` of its ID tokens; part of the pool username (`Google_<subject>`). */
  readonly subject: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name: string;
  /** Epoch ms. */
  readonly createdAt: number;
}

/** What the page posts to create (or, with a known subject, change) an identity. */
export interface IdentityInput {
  readonly email: string;
  readonly name: string;
  /** Empty: a new random subject. */
  readonly subject: string;
  readonly emailVerified: boolean;
}

export const maxIdentities = 200;
const subjectPattern = /^[A-Za-z0-9._@-]{1,64}$/;
const maxName = 256;

/** Thrown for input the sign-in page shows back as an error (status 400). */
export class IdentityInputError extends Error {
  override readonly name = 'IdentityInputError';
}

/** Checks a posted identity; throws IdentityInputError with what to fix. */
export function checkIdentityInput(input: IdentityInput): void {
  if (input.email === '') throw new IdentityInputError('Enter an email address.');
  if (!isEmail(input.email)) throw new IdentityInputError('Enter a valid email address.');
  if ([...input.name].length > maxName)
    throw new IdentityInputError(`The name may have at most ${maxName} characters.`);
  // Control characters would reach the pool's attributes and every page that shows them.
  if (/\p{Cc}/u.test(input.name)) throw new IdentityInputError('The name has control characters.');
  if (input.subject !== '' && !subjectPattern.test(input.subject))
    throw new IdentityInputError(
      'The subject may have 1-64 letters, digits and . _ @ - (or leave it empty).',
    );
}

/** A Google-like numeric subject (21 digits) from random bytes. */
export function newSubject(random: (bytes: number) => Buffer): string {
  const digits = [...random(21)].map((b) => String(b % 10)).join('');
  return `1${digits.slice(1)}`;
}
