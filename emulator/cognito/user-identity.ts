import type { UserRecord } from './pool-state';

// The two names of a user, read in one place. In an email-as-username pool the pool username is
// a UUID equal to `sub`; pools with free-form usernames keep them apart, and only these
// accessors need to learn that.

/** The pool username (`Username` on the wire, `cognito:username` in ID tokens). */
export const usernameOf = (user: UserRecord): string => user.username;

/** The user's immutable `sub`. */
export const subOf = (user: UserRecord): string => user.username;
