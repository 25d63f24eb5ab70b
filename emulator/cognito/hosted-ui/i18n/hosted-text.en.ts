import { describePolicy } from '../../password-policy';
import type { PasswordPolicy } from '../../pool-config';

// Every text of the hosted pages, in English (the default). Other languages are typed by this
// object (`HostedText`), so a key missing in one of them fails the typecheck. Texts that depend
// on the pool (what it signs in with) or on the request are functions.

const capitalize = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

export const hostedTextEn = {
  /** `<html lang>`: the language the text is in (not the `lang` asked for). */
  htmlLang: 'en',
  common: {
    otherOptions: 'Other options',
    account: 'Account:',
    backToSignIn: 'Back to sign in',
    sendNewCode: 'Send a new code',
    newPassword: 'New password',
    newPasswordAgain: 'Enter new password again',
    passwordsDoNotMatch: 'The passwords do not match.',
    enterEmailCode: 'Enter the 6-digit code from the email.',
    codeResent: 'We have sent a new code to your email.',
    codeLimit: 'Too many codes were requested. Use the last code you received, or try again later.',
    passwordHint: (policy: PasswordPolicy): string => describePolicy(policy),
  },
  /** What a pool signs in with, as the noun of a sentence, its list and its field label. */
  names: {
    email: 'email',
    phone_number: 'phone number',
    username: 'username',
    orList: (names: readonly string[]): string =>
      names.length === 1
        ? names[0]!
        : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`,
    label: (noun: string): string => capitalize(noun),
  },
  login: {
    title: 'Sign in',
    heading: (noun: string): string => `Sign in with your ${noun} and password`,
    password: 'Password',
    submit: 'Sign in',
    forgotPassword: 'Forgot your password?',
    needAccount: 'Need an account?',
    signUp: 'Sign up',
    enterNameAndPassword: (noun: string): string => `Enter your ${noun} and password.`,
    adminConfirm:
      'Your account has been created. An administrator must confirm it before you can sign in.',
    mfaExpired: 'Your sign-in took too long. Sign in again.',
  },
  error: {
    title: 'Error',
    heading: 'An error was encountered with the requested page.',
    goBack: 'Go back to the application and try again.',
    formExpired:
      'This form has expired or was sent from another site. Go back, reload the page and try again.',
    methodNotAllowed: (methods: readonly string[]): string =>
      `Use ${methods.join(' or ')} for this page.`,
    /** A protocol error's description (authorize parameters, logout, form encoding) as shown. */
    describe: (_error: string, description: string): string => description,
  },
  /** A Cognito exception shown on a form: English pages show Cognito's own message. */
  cognitoError: (error: { readonly type: string; readonly message: string }): string =>
    error.message,
};

/** The hosted pages' texts in one language. */
export type HostedText = typeof hostedTextEn;
