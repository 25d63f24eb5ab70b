// The user's profile as GET /profile answers it: when the account was first confirmed
// (written by the PostConfirmation trigger) and the latest one (a password reset confirms
// again). ISO 8601 UTC.

export interface Profile {
  /** The first confirmation: what the Profile page shows as "Member since". */
  readonly createdAt: string;
  readonly confirmedAt: string;
}
