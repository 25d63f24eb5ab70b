// The Profile page: account, default currency, two-step verification.
export const profile = {
  title: 'Profile',
  email: 'Email',
  notProvided: 'Not provided',
  emailVerified: 'Email verified',
  yes: 'Yes',
  no: 'No',
  memberSince: 'Member since',
  loading: 'Loading…',
  /** The reason is the error's message, in the chosen language or the server's words. */
  unavailable: (reason: string) => `Unavailable (${reason})`,
  notRecorded: 'Not recorded',
  groups: 'Groups',
  /** Between group names. */
  groupSeparator: ', ',
  none: 'None',
  sessionEnds: 'Session renews or ends',
  unknown: 'Unknown',
  renewalNote:
    'The session renews itself in the background while you use the app; if it cannot, you will be asked to sign in again.',
  saving: 'Saving…',
  defaultCurrency: {
    title: 'Default currency',
    now: (code: string | null) =>
      `New transactions start in this currency. Now: ${code ?? 'not set'}.`,
    label: 'Currency for new transactions',
    save: 'Save default currency',
    saved: (code: string) => `Default currency saved: ${code}.`,
  },
  twoStep: {
    title: 'Two-step verification',
    off: 'Off: signing in needs only your password.',
    onApp: 'On: after your password, enter a code from your authenticator app.',
    onEmail: (email: string | null) =>
      `On: after your password, enter a code we email to ${email ?? 'your address'}.`,
    onEither: 'On: after your password, choose an authenticator app code or an emailed code.',
    setUpApp: 'Set up an authenticator app',
    useEmail: 'Use email codes instead',
    turnOff: 'Turn off two-step verification',
    preparing: 'Preparing a new key…',
    turnedOnApp: 'Two-step verification is on: sign-ins now ask for a code from your app.',
    turnedOnEmail: (email: string | null) =>
      `Two-step verification is on: sign-ins now ask for a code sent to ${email ?? 'your email'}.`,
    turnedOff: 'Two-step verification is off.',
    /** The account name the app shows when the user has no email. */
    yourAccount: 'your account',
  },
  authenticator: {
    steps: [
      'Open an authenticator app and add an account.',
      'Scan this QR code, or enter the key below by hand (time-based, 6 digits).',
      'Enter the code the app then shows.',
    ] as readonly [string, string, string],
    qrLabel: (account: string) => `QR code to add ${account} to an authenticator app`,
    drawing: 'Drawing the QR code…',
    drawFailed: 'The QR code could not be drawn; enter the key by hand.',
    key: 'Key for manual entry',
    openHere: 'Open in an authenticator app on this device',
    code: 'Code from the app',
    confirm: 'Confirm and turn on',
    cancel: 'Cancel',
    checking: 'Checking the code…',
    enterCode: 'Enter the 6-digit code from your app.',
    wrongCode:
      'That code is not right. Enter the 6-digit code your app shows now; if it keeps failing, check that the time on your device is set automatically.',
    expiredCode:
      'That code has expired or was already used. Wait for your app to show a new code, then enter it.',
  },
  /** The row that says how the user signed in (from the ID token's identities). */
  signedInWith: 'Signed in with',
  emailAndPassword: 'Email and password',
  /** A password account linked to external providers: either may have been used. */
  emailOrProviders: (providers: string) => `Email and password, or ${providers}`,
};
