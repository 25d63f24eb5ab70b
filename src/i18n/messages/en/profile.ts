// The Profile page: account, default currency, two-step verification.
export const profile = {
  title: 'Profile',
  /** The row that says how the user signed in (from the ID token's identities). */
  signedInWith: 'Signed in with',
  emailAndPassword: 'Email and password',
  /** A password account linked to external providers: either may have been used. */
  emailOrProviders: (providers: string) => `Email and password, or ${providers}`,
};
