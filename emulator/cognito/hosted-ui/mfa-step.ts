import { clearCookie, parseCookies, serializeCookie } from '../../http/cookies';
import { addCookie, redirect } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { liveChallengeSession, type ChallengeSession } from '../mfa/challenge-session';
import { startMfaChallenge, type MfaChallenge } from '../mfa/mfa-challenge';
import { mfaStepFor } from '../mfa/mfa-rules';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import type { ChallengeName, UserRecord } from '../pool-state';
import { PageRedirect } from './define-hosted-page';
import { hrefFor, type HostedPage } from './hosted-page';

// The hosted pages' MFA step: the same challenge Session the JSON API hands out, its id kept in
// an HttpOnly cookie of this browser, so both front ends share one set of rules (emulator/cognito/mfa/).

export const mfaCookie = 'cognito-mfa';

/** The page that answers each MFA challenge. */
export const mfaPaths = {
  SOFTWARE_TOKEN_MFA: '/mfa',
  EMAIL_OTP: '/mfa',
  SELECT_MFA_TYPE: '/selectMfa',
  MFA_SETUP: '/mfaSetup',
} as const;

type MfaChallengeName = keyof typeof mfaPaths;

/** Remembers the challenge in this browser and sends it to the page that answers it. */
export function goToChallenge(page: HostedPage, request: AuthorizeRequest, c: MfaChallenge) {
  const seconds = page.ctx.config.authSessionSeconds;
  addCookie(page.res, serializeCookie(mfaCookie, c.session.id, { maxAgeSeconds: seconds }));
  redirect(page.res, hrefFor(mfaPaths[c.name as MfaChallengeName], request));
}

/** Signs the user in to the hosted UI and back to the app, ending any MFA step. */
export async function finishSignIn(page: HostedPage, request: AuthorizeRequest, user: UserRecord) {
  if (parseCookies(page.req.headers.cookie).has(mfaCookie))
    addCookie(page.res, clearCookie(mfaCookie));
  const authTime = startHostedSession(page.ctx, page.res, user, request.client.clientId);
  await completeSignIn(page.ctx, page.res, request, user, authTime);
}

/** After a right password (or a new one): the MFA step the pool and user call for, or the app. */
export async function continueSignIn(
  page: HostedPage,
  request: AuthorizeRequest,
  user: UserRecord,
): Promise<void> {
  const step = mfaStepFor(page.ctx.config, user);
  if (step.kind === 'none') return finishSignIn(page, request, user);
  goToChallenge(page, request, startMfaChallenge(page.ctx, user, request.client.clientId, step));
}

/**
 * The live MFA challenge of this browser, one of `names`; otherwise back to the sign-in page
 * (with a notice when the 3 minutes ran out).
 */
export function currentMfaStep(
  page: HostedPage,
  request: AuthorizeRequest,
  names: readonly ChallengeName[],
): { session: ChallengeSession; user: UserRecord } {
  const id = parseCookies(page.req.headers.cookie).get(mfaCookie);
  if (id === undefined) throw new PageRedirect(hrefFor('/login', request));
  try {
    const session = liveChallengeSession(page.ctx, request.client.clientId, id);
    const user = page.ctx.repo.user(session.username);
    if (!names.includes(session.challenge) || !user || !user.enabled)
      throw new PageRedirect(hrefFor('/login', request));
    return { session, user };
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    throw new PageRedirect(hrefFor('/login', request, { notice: 'mfaExpired' }));
  }
}
