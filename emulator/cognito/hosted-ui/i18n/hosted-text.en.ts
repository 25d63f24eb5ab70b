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
    /** The federated providers' links (one per provider the client allows). */
    socialHeading: 'Sign in with your social account',
    continueWith: (provider: string): string => `Continue with ${provider}`,
  },
  signUp: {
    title: 'Sign up',
    heading: 'Sign up with a new account',
    password: 'Password',
    confirmPassword: 'Confirm password',
    submit: 'Sign up',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
    enterNameAndPassword: (noun: string): string => `Enter your ${noun} and a password.`,
  },
  /** Labels of the required attributes the sign-up form asks for. */
  attributes: {
    email: 'Email',
    phone_number: 'Phone number',
    name: 'Name',
    given_name: 'Given name',
    family_name: 'Family name',
    middle_name: 'Middle name',
    nickname: 'Nickname',
    preferred_username: 'Preferred username',
    profile: 'Profile',
    picture: 'Picture',
    website: 'Website',
    gender: 'Gender',
    birthdate: 'Birthdate',
    zoneinfo: 'Time zone',
    locale: 'Locale',
    address: 'Address',
    updated_at: 'Updated at',
  },
  confirm: {
    title: 'Confirm your account',
    sent: 'We have sent a 6-digit code to your email. Enter it below to confirm your account.',
    sentSms:
      'We have sent a 6-digit code by SMS to your phone. Enter it below to confirm your account.',
    code: 'Verification code',
    submit: 'Confirm account',
  },
  forgotPassword: {
    title: 'Forgot your password?',
    reset: 'Your password must be reset before you can sign in. Enter your email to get a code.',
    sent: 'If an account exists for this email, we have sent it a code. Enter it with your new password.',
    prompt: (noun: string): string =>
      `Enter your ${noun} below and we will send a code to reset your password.`,
    submit: 'Reset my password',
    enterName: (noun: string): string => `Enter your ${noun}.`,
  },
  resetPassword: {
    title: 'Reset your password',
    code: 'Code',
    submit: 'Change password',
  },
  forceChangePassword: {
    title: 'Change password',
    intro: 'Please enter a new password for your account.',
    submit: 'Send',
  },
  mfa: {
    title: 'Two-step verification',
    emailSent: (maskedEmail: string): string =>
      `We have sent a 6-digit code to ${maskedEmail}. Enter it below to finish signing in.`,
    appPrompt: 'Enter the 6-digit code from your authenticator app to finish signing in.',
    emailCode: 'Code from the email',
    appCode: 'Code from your authenticator app',
    submit: 'Sign in',
    enterCode: 'Enter the 6-digit code.',
  },
  selectMfa: {
    title: 'Choose how to verify',
    intro: 'Choose how you want to receive your sign-in code.',
    legend: 'Verification method',
    methods: { SOFTWARE_TOKEN_MFA: 'Authenticator app', EMAIL_OTP: 'Email' },
    submit: 'Continue',
    chooseOne: 'Choose one of the methods.',
  },
  mfaSetup: {
    title: 'Set up authenticator app MFA',
    intro:
      'This account needs two-step verification. Scan the QR code with an authenticator app, or type the secret key into it, then enter the 6-digit code it shows.',
    qrLabel: (account: string): string => `QR code to add ${account} to an authenticator app`,
    secretKey: 'Secret key:',
    deviceName: 'Device name (optional)',
    submit: 'Verify and sign in',
    enterAppCode: 'Enter the 6-digit code from your authenticator app.',
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
