// The signed-in frame, the callback page and the session's own messages (auth shell).
export const session = {
  signOut: 'Sign out',
};
