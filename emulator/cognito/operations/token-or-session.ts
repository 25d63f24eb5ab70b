import { CognitoError } from '../cognito-error';
import {
  liveChallengeSession,
  startChallengeSession,
  useUpChallengeSession,
  type ChallengeSession,
} from '../mfa/challenge-session';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { callerOfAccessToken } from './authorise-call';
import type { JsonInput } from './json-input';

// AssociateSoftwareToken and VerifySoftwareToken act for a signed-in user (AccessToken) or for
// one in the middle of MFA_SETUP (Session): exactly one of the two.

export interface TokenOrSession {
  AccessToken?: string | undefined;
  Session?: string | undefined;
}

export function readTokenOrSession(input: JsonInput): TokenOrSession {
  const AccessToken = input.optionalString('AccessToken', 8192);
  const Session = input.optionalString('Session', 2048, 20);
  if ((AccessToken === undefined) === (Session === undefined))
    throw new CognitoError(
      'InvalidParameterException',
      'Exactly one of AccessToken and Session must be given.',
    );
  return { AccessToken, Session };
}

/** Who the call is for, and the MFA_SETUP session it came with (if it came with one). */
export function principalOf(
  ctx: PoolContext,
  r: TokenOrSession,
): { user: UserRecord; session?: ChallengeSession } {
  if (r.AccessToken !== undefined) return { user: callerOfAccessToken(ctx, r.AccessToken) };
  const session = liveChallengeSession(ctx, undefined, r.Session!);
  const user = ctx.repo.user(session.username);
  if (session.challenge !== 'MFA_SETUP' || !user)
    throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  return { user, session };
}

/** Uses up `session` and hands out its successor (single-use Sessions, as on Cognito). */
export function nextSetupSession(
  ctx: PoolContext,
  user: UserRecord,
  session: ChallengeSession,
  setupDone: boolean,
): string {
  useUpChallengeSession(ctx, session);
  const { choices } = session;
  return startChallengeSession(ctx, user, session.clientId, 'MFA_SETUP', { choices, setupDone }).id;
}
