// The MFA step of a sign-in, for the JSON API (InitiateAuth → RespondToAuthChallenge) and the
// hosted pages alike: start the challenge the rules pick, then check each answer.
import { assertCanSend } from '../verification-codes';
import { CognitoError, messages } from '../cognito-error';
import { findUser, maskEmail, sha256, type PoolContext } from '../pool-context';
import type { ChallengeName, MfaMethod, UserRecord } from '../pool-state';
import {
  liveChallengeSession,
  sessionOfOtherUser,
  startChallengeSession,
  updateChallengeSession,
  useUpChallengeSession,
  type ChallengeSession,
} from './challenge-session';
import { failCodeAttempt } from './fail-code-attempt';
import { defaultEmailMfaMessage, defaultEmailMfaSubject } from './mfa-factors';
import type { MfaStep } from './mfa-rules';
import { codeMismatch, checkSoftwareTokenCode } from './software-token';

/** A challenge as InitiateAuth answers it (every ChallengeParameters value is a string). */
export interface MfaChallenge {
  readonly name: ChallengeName;
  readonly session: ChallengeSession;
  readonly parameters: Record<string, string>;
}

/** What an answer leads to: the user is through, or another challenge follows. */
export type MfaAnswer =
  | { readonly kind: 'signedIn'; readonly user: UserRecord }
  | { readonly kind: 'challenge'; readonly challenge: MfaChallenge };

const codeHashOf = (sessionId: string, code: string) => sha256(`mfa:${sessionId}:${code}`);

/** Mails a new email-MFA code for `session` (EmailMfaConfiguration's text, `{####}` filled). */
function mailCode(ctx: PoolContext, user: UserRecord, session: ChallengeSession) {
  const code = ctx.ids.code();
  const email = ctx.config.mfaSettings?.email;
  const fill = (t: string) => t.replaceAll('{####}', code);
  ctx.mailbox.send({
    to: user.email,
    subject: fill(email?.Subject ?? defaultEmailMfaSubject),
    text: fill(email?.Message ?? defaultEmailMfaMessage),
    code,
  });
  return updateChallengeSession(ctx, session, { codeHash: codeHashOf(session.id, code) });
}

function parametersOf(user: UserRecord, session: ChallengeSession): Record<string, string> {
  const list = (choices: readonly MfaMethod[] | undefined) => JSON.stringify(choices ?? []);
  switch (session.challenge) {
    case 'SOFTWARE_TOKEN_MFA': {
      const name = user.softwareToken?.friendlyDeviceName;
      return {
        ...(name ? { FRIENDLY_DEVICE_NAME: name } : {}),
        USER_ID_FOR_SRP: user.username,
      };
    }
    case 'EMAIL_OTP':
      return {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        CODE_DELIVERY_DESTINATION: maskEmail(user.email),
      };
    case 'SELECT_MFA_TYPE':
      return { MFAS_CAN_SELECT: list(session.choices) };
    case 'MFA_SETUP':
      return { MFAS_CAN_SETUP: list(session.choices) };
    case 'NEW_PASSWORD_REQUIRED':
      return {};
  }
}

const challengeOf = (user: UserRecord, session: ChallengeSession): MfaChallenge => ({
  name: session.challenge,
  session,
  parameters: parametersOf(user, session),
});

/** Starts the challenge of `step` (never 'none'): a new Session, and for email a mailed code. */
export function startMfaChallenge(
  ctx: PoolContext,
  user: UserRecord,
  clientId: string,
  step: Exclude<MfaStep, { kind: 'none' }>,
): MfaChallenge {
  if (step.kind === 'select')
    return challengeOf(
      user,
      startChallengeSession(ctx, user, clientId, 'SELECT_MFA_TYPE', { choices: step.choices }),
    );
  if (step.kind === 'setup')
    return challengeOf(
      user,
      startChallengeSession(ctx, user, clientId, 'MFA_SETUP', { choices: step.choices }),
    );
  let session = startChallengeSession(ctx, user, clientId, step.name);
  if (step.name === 'EMAIL_OTP') session = mailCode(ctx, user, session);
  return challengeOf(user, session);
}

/**
 * EMAIL_OTP in the hosted pages: a new code for the same session, which starts its 3 minutes
 * again. The sign-up codes' quota (5 an hour, assertCanSend) keeps "send again" from flooding
 * the inbox.
 */
export function resendEmailCode(ctx: PoolContext, session: ChallengeSession): ChallengeSession {
  const user = ctx.repo.user(session.username);
  if (!user || session.challenge !== 'EMAIL_OTP')
    throw new CognitoError('NotAuthorizedException', messages.sessionExpired);
  assertCanSend(ctx, user);
  const renewed = updateChallengeSession(ctx, session, {
    expiresAt: ctx.clock.now() + ctx.config.authSessionSeconds * 1000,
  });
  return mailCode(ctx, user, renewed);
}

const required = (responses: Record<string, string>, name: string): string => {
  const value = responses[name];
  if (!value)
    throw new CognitoError('InvalidParameterException', `Missing required parameter ${name}`);
  return value;
};

async function checkEmailCode(ctx: PoolContext, session: ChallengeSession, code: string) {
  const attempt = await ctx.throttle.admit(`user:${session.username}`);
  const current = ctx.repo.sessions('challenge').get(session.id);
  if (current?.codeHash === undefined || current.codeHash !== codeHashOf(session.id, code)) {
    failCodeAttempt(
      ctx,
      session.username,
      attempt,
      new CognitoError('CodeMismatchException', codeMismatch),
    );
  }
  attempt.succeeded();
}

/** SELECT_MFA_TYPE's ANSWER; the API text spells email `EMAIL_MFA`, the enum `EMAIL_OTP` (§9 #6). */
function chosenMethod(session: ChallengeSession, answer: string): MfaMethod {
  const method = answer === 'EMAIL_MFA' ? 'EMAIL_OTP' : answer;
  const choice = session.choices?.find((c) => c === method);
  if (!choice)
    throw new CognitoError(
      'InvalidParameterException',
      `ANSWER must be one of ${JSON.stringify(session.choices ?? [])}.`,
    );
  return choice;
}

/**
 * Checks an answer to an MFA challenge. The Session must be live, of this client and of the
 * user named by USERNAME; wrong codes leave it usable (until it expires or the lockout starts),
 * a right answer uses it up.
 */
export async function answerMfaChallenge(
  ctx: PoolContext,
  input: {
    clientId: string;
    sessionId: string;
    challengeName: ChallengeName;
    responses: Record<string, string>;
  },
): Promise<MfaAnswer> {
  const session = liveChallengeSession(ctx, input.clientId, input.sessionId);
  const { responses } = input;
  const named = findUser(ctx, required(responses, 'USERNAME'));
  const user = named && ctx.repo.user(session.username);
  if (!named || !user || named.username !== session.username)
    throw new CognitoError('NotAuthorizedException', sessionOfOtherUser);
  if (session.challenge !== input.challengeName)
    throw new CognitoError(
      'InvalidParameterException',
      `The Session is for ${session.challenge}, not ${input.challengeName}.`,
    );
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', messages.disabled);
  switch (session.challenge) {
    case 'SOFTWARE_TOKEN_MFA': {
      const checked = await checkSoftwareTokenCode(
        ctx,
        user,
        required(responses, 'SOFTWARE_TOKEN_MFA_CODE'),
      );
      useUpChallengeSession(ctx, session);
      return { kind: 'signedIn', user: checked };
    }
    case 'EMAIL_OTP':
      await checkEmailCode(ctx, session, required(responses, 'EMAIL_OTP_CODE').trim());
      useUpChallengeSession(ctx, session);
      return { kind: 'signedIn', user };
    case 'SELECT_MFA_TYPE': {
      const name = chosenMethod(session, required(responses, 'ANSWER'));
      useUpChallengeSession(ctx, session);
      const step = { kind: 'challenge', name } as const;
      return { kind: 'challenge', challenge: startMfaChallenge(ctx, user, input.clientId, step) };
    }
    case 'MFA_SETUP':
      if (session.setupDone !== true)
        throw new CognitoError(
          'InvalidParameterException',
          'Set up the authenticator app first: AssociateSoftwareToken and VerifySoftwareToken with this Session.',
        );
      useUpChallengeSession(ctx, session);
      return { kind: 'signedIn', user };
    case 'NEW_PASSWORD_REQUIRED':
      throw new Error('NEW_PASSWORD_REQUIRED is answered by answerNewPassword');
  }
}
