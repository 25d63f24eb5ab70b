// The user's profile item (sk = PROFILE in the one table, see table-schema.ts). The
// PostConfirmation trigger writes it, GET /profile reads it. Scoped to one owner like
// transaction-store.ts.

import type { Profile } from '../../contract/profile';

export interface ProfileStore {
  get(owner: string): Promise<Profile | undefined>;
  /**
   * Records a confirmation at `at` (ISO): createdAt keeps the first one, confirmedAt takes the
   * latest. Safe to repeat, as Cognito may run a trigger up to three times, and a password
   * reset (which confirms again) makes nobody a newer member.
   */
  recordConfirmation(owner: string, at: string): Promise<Profile>;
}
