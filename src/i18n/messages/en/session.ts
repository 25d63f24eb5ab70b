// The signed-in frame, the callback page and the session's own messages (auth shell).
export const session = {
  signOut: 'Sign out',
  /** Before and after the person's email, which is shown in bold. */
  signedInAs: ['Signed in as ', ''] as readonly [string, string],
  signingOut: 'Signing you out…',
  renewalFailed: 'Your session could not be renewed and will end soon.',
  signInAgain: 'Sign in again',
  sessionEnded: 'Your session has ended. Taking you to sign in again…',
  signInNeeded: 'You need to sign in. Taking you to the sign-in page…',
  callback: {
    failedTitle: 'Sign-in did not finish',
    goHome: 'Go to the start page',
    finishing: 'Finishing sign-in…',
    nothingTitle: 'Nothing to finish here',
    nothingMessage: 'This page completes a sign-in, but there is none in progress.',
    signIn: 'Sign in',
  },
};
