import { parseCookies, serializeCookie, clearCookie } from '../../http/cookies';
import { addCookie } from '../../http/respond';
import type { UserRecord } from '../pool-state';
import type { HostedPage } from './hosted-page';

export const pendingCookie = 'cognito-pending';
export const challengeCookie = 'cognito-challenge';
const pendingSeconds = 3600;
const challengeSeconds = 600;

/**
 * Remembers, in this browser only, that the user proved their password (sign-up, or sign-in
 * of an unconfirmed account), so confirming the code can sign them in without asking again.
 */
export function rememberPendingSignIn(page: HostedPage, user: UserRecord, clientId: string): void {
  const id = page.ctx.ids.secret(32);
  page.ctx.state.pendingSignIns.set(id, {
    username: user.username,
    clientId,
    expiresAt: page.ctx.clock.now() + pendingSeconds * 1000,
  });
  addCookie(page.res, serializeCookie(pendingCookie, id, { maxAgeSeconds: pendingSeconds }));
}

/** Takes (single use) the pending sign-in of this browser if it belongs to `username`. */
export function takePendingSignIn(page: HostedPage, username: string): boolean {
  const id = parseCookies(page.req.headers.cookie).get(pendingCookie);
  const pending = id === undefined ? undefined : page.ctx.state.pendingSignIns.get(id);
  if (!id || !pending || pending.expiresAt <= page.ctx.clock.now() || pending.username !== username)
    return false;
  page.ctx.state.pendingSignIns.delete(id);
  addCookie(page.res, clearCookie(pendingCookie));
  return true;
}

/** Starts the forced-new-password step for a user who signed in with a temporary password. */
export function startChallenge(page: HostedPage, user: UserRecord, clientId: string): void {
  const id = page.ctx.ids.secret(32);
  page.ctx.state.pendingChallenges.set(id, {
    username: user.username,
    clientId,
    expiresAt: page.ctx.clock.now() + challengeSeconds * 1000,
  });
  addCookie(page.res, serializeCookie(challengeCookie, id, { maxAgeSeconds: challengeSeconds }));
}

export function currentChallenge(
  page: HostedPage,
): { id: string; username: string; clientId: string } | undefined {
  const id = parseCookies(page.req.headers.cookie).get(challengeCookie);
  const pending = id === undefined ? undefined : page.ctx.state.pendingChallenges.get(id);
  if (!id || !pending || pending.expiresAt <= page.ctx.clock.now()) return undefined;
  return { id, username: pending.username, clientId: pending.clientId };
}

export function endChallenge(page: HostedPage, id: string): void {
  page.ctx.state.pendingChallenges.delete(id);
  addCookie(page.res, clearCookie(challengeCookie));
}
