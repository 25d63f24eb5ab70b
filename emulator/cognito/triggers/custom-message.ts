// CustomMessage (cognito-extensions §1.4): every email the pool sends passes through it. The
// trigger sees placeholders, never the code: Cognito substitutes `{####}` (and `{username}`)
// in what it answers. An answer without the placeholders it needs falls back to the pool's
// own message, as on AWS.

import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { invalidResponse, runTrigger } from './run-trigger';
import { triggerAttributes, triggerEvent } from './trigger-event';

export type CustomMessageSource =
  | 'CustomMessage_SignUp'
  | 'CustomMessage_ResendCode'
  | 'CustomMessage_ForgotPassword'
  | 'CustomMessage_AdminCreateUser'
  | 'CustomMessage_UpdateUserAttribute'
  | 'CustomMessage_VerifyUserAttribute';

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
}

const codeParameter = '{####}';
const usernameParameter = '{username}';
// Cognito's limits: 20,000 UTF-8 characters for the message; the subject is a short line.
const maxMessage = 20_000;
const maxSubject = 140;

/**
 * The email for `source`: the trigger's subject and body with the code (and, for
 * AdminCreateUser, the username) filled in, or `fallback` when there is no trigger.
 */
export async function customMessage(
  ctx: PoolContext,
  input: {
    source: CustomMessageSource;
    user: UserRecord;
    clientId: string | null;
    /** The real code or temporary password. */
    code: string;
    /** The name the user signs in with (AdminCreateUser only). */
    signInName?: string | undefined;
  },
  fallback: EmailContent,
): Promise<EmailContent> {
  const admin = input.source === 'CustomMessage_AdminCreateUser';
  const response = await runTrigger(
    ctx,
    'CustomMessage',
    triggerEvent(ctx, {
      source: input.source,
      userName: input.user.username,
      clientId: input.clientId,
      request: {
        userAttributes: triggerAttributes(input.user),
        codeParameter,
        usernameParameter: admin ? usernameParameter : null,
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    }),
  );
  if (!response) return fallback;
  const text = (name: string, max: number): string | undefined => {
    const value = response[name] ?? undefined;
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length > max)
      throw invalidResponse(
        ctx,
        'CustomMessage',
        `${name} is not a string of at most ${max} characters`,
      );
    return value;
  };
  const message = text('emailMessage', maxMessage);
  const subject = text('emailSubject', maxSubject);
  text('smsMessage', maxMessage);
  const complete =
    message !== undefined &&
    message.includes(codeParameter) &&
    (!admin || message.includes(usernameParameter));
  if (!complete) {
    if (message !== undefined)
      ctx.log(
        `[trigger] CustomMessage: the message lacks ${admin ? `${usernameParameter} or ` : ''}${codeParameter}; the pool's own message is sent`,
      );
    return { subject: subject ?? fallback.subject, text: fallback.text };
  }
  const fill = (s: string) =>
    s
      .replaceAll(codeParameter, input.code)
      .replaceAll(usernameParameter, input.signInName ?? input.user.username);
  return { subject: subject === undefined ? fallback.subject : fill(subject), text: fill(message) };
}

/** Mails `code` to `to` with the text the CustomMessage trigger gives (or `fallback`). */
export async function mailCode(
  ctx: PoolContext,
  input: Parameters<typeof customMessage>[1] & { to: string },
  fallback: EmailContent,
): Promise<void> {
  const content = await customMessage(ctx, input, fallback);
  ctx.mailbox.send({ to: input.to, ...content, code: input.code });
}
