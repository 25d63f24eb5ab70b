// The Profile page: account, default currency, two-step verification.
export const profile = {
  title: 'Profile',
};
