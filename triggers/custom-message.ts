// The CustomMessage trigger: every email the pool sends names the app and reads well as plain
// text. Cognito fills `{####}` (the code or temporary password) and `{username}` itself; both
// placeholders must stay in the message, or Cognito falls back to its default one.
import type { CustomMessageTriggerEvent, CustomMessageTriggerHandler } from 'aws-lambda';

/** The product's name as the SPA's title shows it (index.html). */
export const appName = 'Ledger';

type Source = CustomMessageTriggerEvent['triggerSource'];

interface Message {
  readonly subject: string;
  readonly lines: readonly string[];
}

const sign = ['', `— The ${appName} team`];

/** Subject and body per message kind; `code` and `username` are Cognito's placeholders. */
function messageFor(source: Source, code: string, username: string): Message | undefined {
  switch (source) {
    case 'CustomMessage_SignUp':
    case 'CustomMessage_ResendCode':
      return {
        subject: `Your ${appName} verification code`,
        lines: [
          `Welcome to ${appName}!`,
          '',
          `Your verification code is ${code}`,
          '',
          'Enter it on the sign-up page to confirm your email address. If you did not sign up, you can ignore this email.',
          ...sign,
        ],
      };
    case 'CustomMessage_ForgotPassword':
      return {
        subject: `Reset your ${appName} password`,
        lines: [
          `Someone asked to reset the password of your ${appName} account.`,
          '',
          `Your password reset code is ${code}`,
          '',
          'If it was not you, ignore this email: your password stays as it is.',
          ...sign,
        ],
      };
    case 'CustomMessage_AdminCreateUser':
      return {
        subject: `Your ${appName} account`,
        lines: [
          `An account has been created for you in ${appName}.`,
          '',
          `Username: ${username}`,
          `Temporary password: ${code}`,
          '',
          'Sign in with these and choose your own password.',
          ...sign,
        ],
      };
    case 'CustomMessage_UpdateUserAttribute':
    case 'CustomMessage_VerifyUserAttribute':
      return {
        subject: `Confirm your new ${appName} email address`,
        lines: [
          `Your verification code is ${code}`,
          '',
          'Enter it in the app to confirm the change.',
          ...sign,
        ],
      };
    default:
      // SMS-only kinds (MFA codes): Cognito's own text.
      return undefined;
  }
}

/** Fills in the email fields; leaves the event as it is for kinds it does not know. */
export const handler: CustomMessageTriggerHandler = async (event) => {
  const { codeParameter, usernameParameter } = event.request;
  const message = messageFor(event.triggerSource, codeParameter, usernameParameter ?? '');
  if (message) {
    event.response.emailSubject = message.subject;
    event.response.emailMessage = message.lines.join('\n');
  }
  return event;
};
