// English text of what the first page shows: the frame, the landing, signed-out and not-found
// pages. It is its own chunk, which main.tsx loads for the chosen language before the first
// render, so it counts toward the first page's bytes (npm run size): keep it to what those pages
// show. Signed-in pages' text and every error's are in signed-in.ts. Korean
// (../ko/first-page.ts) has the same shape, checked by typecheck.

export const firstPage = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  reference: 'Reference:',
  layout: {
    skipLink: 'Skip to content',
    brand: 'Ledger',
    navigation: 'Main',
    transactions: 'Transactions',
    profile: 'Profile',
    language: 'Language',
  },
  home: {
    title: 'Your money, in one list',
    intro:
      'Record income and expenses in any currency, see totals per currency, and keep them private to your account.',
  },
  hostedUi: {
    signIn: 'Sign in',
    signInAgain: 'Sign in again',
    createAccount: 'Create account',
    /** The sign-in library could not load, or the sign-in service's metadata did not arrive. */
    unreachable: {
      title: 'Could not reach the sign-in service',
      message: 'Check your connection and try again.',
    },
    /** An external identity provider's button (config.json identityProviders). */
    continueWith: (provider: string) => `Continue with ${provider}`,
  },
  signedOut: {
    title: 'You are signed out',
    otherTab: 'You signed out in another tab, so this tab signed out too.',
    ended: 'Your session has ended on this device.',
  },
  notFound: {
    title: 'Page not found',
    /** Before and after the path, which is shown as code. */
    noPageAt: ['There is no page at ', '.'] as readonly [string, string],
    goHome: 'Go to the start page',
  },
  routeError: {
    chunkTitle: 'Part of the app did not load',
    chunkMessage: 'A new version may have been released, or the connection dropped.',
    crashTitle: 'This page crashed',
    crashMessage: 'Something unexpected went wrong while showing this page.',
    reload: 'Reload the page',
    goHome: 'Go to the start page',
  },
};
