import type { ApiErrorCode, GatewayErrorCode } from '../../../../contract/api-error-code';
import type { HttpClientErrorCode } from '../../../lib/http/http-errors';
import type { SignInErrorCode } from '../../../lib/errors/sign-in-error';

// English text of everything the first page can show: the frame, the landing, signed-out and
// not-found pages, the config error page and every error title. It is its own chunk (main.tsx
// loads the chosen language's before the first render); signed-in pages' text is in
// signed-in.ts. Korean (../ko/first-page.ts) has the same shape, checked by typecheck.

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
  configError: {
    title: 'This app is not configured correctly',
    buildValues: 'The build-time VITE_* values have problems:',
    configFile: 'The file config.json next to this page has problems:',
    caption: 'Configuration problems',
    key: 'Key',
    expected: 'Expected',
    found: 'Found',
    /** Before and after `.env.example`, which is shown as code. */
    whoFixes: [
      "Whoever deployed this app can fix it; the keys are described in the project's README and ",
      '.',
    ] as readonly [string, string],
  },
  errors: {
    /** Titles for the API's own codes; the API's message goes beneath. */
    apiTitles: {
      validation_failed: 'Some fields need attention',
      invalid_json: 'The request was refused',
      invalid_query: 'The request was refused',
      invalid_cursor: 'The list changed',
      invalid_idempotency_key: 'The request was refused',
      unauthorized: 'Signing you in again',
      forbidden: 'Not allowed',
      insufficient_scope: 'Not allowed',
      not_found: 'Not found',
      method_not_allowed: 'The request was refused',
      version_conflict: 'Changed elsewhere',
      transaction_conflict: 'Changed elsewhere',
      idempotency_key_reused: 'Already sent with other values',
      total_limit_exceeded: 'Total too large',
      summary_too_large: 'Too many transactions to add up',
      payload_too_large: 'Too much data',
      unsupported_media_type: 'The request was refused',
      internal_error: 'The server had a problem',
    } satisfies Record<ApiErrorCode, string>,
    /** Titles for API Gateway's own answers, which carry only a message. */
    gatewayTitles: {
      http_401: 'Signing you in again',
      http_403: 'Not allowed',
      http_413: 'Too much data',
      http_431: 'The request was refused',
      // A failing Lambda authorizer (apiAuth lambda).
      http_500: 'The server had a problem',
      http_502: 'The server had a problem',
      http_504: 'No answer in time',
    } satisfies Record<GatewayErrorCode, string>,
    serverProblem: 'The server had a problem',
    refused: 'The request was refused',
    clientTitles: {
      api_error: 'The request was refused',
      timeout: 'No answer in time',
      network: 'Could not connect',
      unexpected_response: 'Unexpected answer from the server',
      sign_in_required: 'Signing you in again',
      credentials_refused: 'Access to your data was refused',
    } satisfies Record<HttpClientErrorCode, string>,
    /** The OAuth error codes a callback may carry (RFC 6749 §4.1.2.1) plus Cognito's. */
    oauth: {
      access_denied: 'Sign-in was cancelled or refused.',
      invalid_request: 'The sign-in request was not accepted.',
      unauthorized_client: 'This app is not allowed to sign in that way.',
      invalid_scope: 'The app asked for permissions the sign-in service does not allow.',
      server_error: 'The sign-in service had a problem.',
      temporarily_unavailable: 'The sign-in service is busy. Wait a moment.',
      invalid_grant: 'The sign-in code was already used or has expired.',
    } as Readonly<Record<string, string>>,
    signIn: {
      unreachable: {
        title: 'Could not reach the sign-in service',
        message: 'Check your connection and try again.',
      },
      incomplete_response: {
        title: "We couldn't sign you in",
        message: 'The sign-in response is incomplete (it has no state). Start again from this app.',
      },
      refused_after_sign_in: {
        title: 'Your sign-in was not accepted',
        message:
          'You signed in a moment ago, but the server still refuses your session. Try again, or come back later if it keeps happening.',
      },
    } satisfies Record<SignInErrorCode, { title: string; message: string }>,
    signInFailed: "We couldn't sign you in",
    signInServiceError: 'The sign-in service returned an error.',
    signInStale: {
      title: 'This sign-in has already finished or expired',
      message:
        'The sign-in link was used already, came from another browser or tab, or is too old.',
    },
    signInUnverified: {
      title: "We couldn't finish signing you in",
      message: 'The sign-in response could not be verified.',
    },
    generic: {
      title: 'Something went wrong',
      message:
        'An unexpected error happened. Try again, and reload the page if it keeps happening.',
    },
    cancelled: { title: 'Cancelled', message: 'The request was cancelled.' },
  },
};
