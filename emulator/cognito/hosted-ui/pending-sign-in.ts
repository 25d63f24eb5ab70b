import { clearCookie, parseCookies, serializeCookie } from '../../http/cookies';
import { addCookie } from '../../http/respond';
import type { SessionKind, UserRecord } from '../pool-state';
import type { HostedPage } from './hosted-page';

export const pendingCookie = 'cognito-pending';
export const challengeCookie = 'cognito-challenge';

/** A step waiting to finish in this browser: its session record and the cookie naming it. */
interface BrowserStep {
  readonly kind: SessionKind;
  readonly cookie: string;
  readonly seconds: number;
}

const pendingSignIn: BrowserStep = { kind: 'pendingSignIn', cookie: pendingCookie, seconds: 3600 };
const challenge: BrowserStep = { kind: 'pendingChallenge', cookie: challengeCookie, seconds: 600 };

function startStep(page: HostedPage, step: BrowserStep, user: UserRecord, clientId: string) {
  const id = page.ctx.ids.secret(32);
  page.ctx.repo.sessions(step.kind).set(id, {
    username: user.username,
    clientId,
    expiresAt: page.ctx.clock.now() + step.seconds * 1000,
  });
  addCookie(page.res, serializeCookie(step.cookie, id, { maxAgeSeconds: step.seconds }));
}

/** The live step this browser's cookie names, if any. */
function currentStep(page: HostedPage, step: BrowserStep) {
  const id = parseCookies(page.req.headers.cookie).get(step.cookie);
  const record = id === undefined ? undefined : page.ctx.repo.sessions(step.kind).get(id);
  if (id === undefined || !record || record.expiresAt <= page.ctx.clock.now()) return undefined;
  return { id, username: record.username, clientId: record.clientId };
}

function endStep(page: HostedPage, step: BrowserStep, id: string): void {
  page.ctx.repo.sessions(step.kind).delete(id);
  addCookie(page.res, clearCookie(step.cookie));
}

/**
 * Remembers, in this browser only, that the user proved their password (sign-up, or sign-in
 * of an unconfirmed account), so confirming the code can sign them in without asking again.
 */
export function rememberPendingSignIn(page: HostedPage, user: UserRecord, clientId: string): void {
  startStep(page, pendingSignIn, user, clientId);
}

/** Takes (single use) the pending sign-in of this browser if it belongs to `username`. */
export function takePendingSignIn(page: HostedPage, username: string): boolean {
  const pending = currentStep(page, pendingSignIn);
  if (!pending || pending.username !== username) return false;
  endStep(page, pendingSignIn, pending.id);
  return true;
}

/** Starts the forced-new-password step for a user who signed in with a temporary password. */
export function startChallenge(page: HostedPage, user: UserRecord, clientId: string): void {
  startStep(page, challenge, user, clientId);
}

export function currentChallenge(
  page: HostedPage,
): { id: string; username: string; clientId: string } | undefined {
  return currentStep(page, challenge);
}

export function endChallenge(page: HostedPage, id: string): void {
  endStep(page, challenge, id);
}
