import type { UserRecord } from '../pool-state';

/** A CONFIRMED, enabled user record with a verified email and nothing else, for unit tests. */
export const userRecord = (username: string, email: string): UserRecord => ({
  username,
  email,
  emailVerified: true,
  attributes: {},
  status: 'CONFIRMED',
  enabled: true,
  passwordHash: 'hash',
  temporaryPasswordExpiresAt: null,
  createdAt: 0,
  updatedAt: 0,
  groups: [],
  codes: {},
});
