// The JSON API's challenge `Session`: one opaque, single-use id per step, live for the client's
// AuthSessionValidity (3 minutes by default). The hosted MFA pages keep the same id in a cookie,
// so both front ends share one record and one set of rules.
import { CognitoError, messages } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { ChallengeName, SessionRecord, UserRecord } from '../pool-state';

export const sessionReused = 'Invalid session for the user, session can only be used once.';
export const sessionOfOtherUser = 'Invalid session for the user.';

/** What a live challenge session stands for; `id` is the Session on the wire. */
export interface ChallengeSession extends SessionRecord {
  readonly id: string;
  readonly challenge: ChallengeName;
}

/** A new challenge session for `user` (fields such as the email code's hash in `extra`). */
export function startChallengeSession(
  ctx: PoolContext,
  user: UserRecord,
  clientId: string,
  challenge: ChallengeName,
  extra: Pick<SessionRecord, 'codeHash' | 'setupDone' | 'choices'> = {},
): ChallengeSession {
  const id = `AYABe${ctx.ids.secret(180)}`;
  const record: SessionRecord = {
    username: user.username,
    clientId,
    expiresAt: ctx.clock.now() + ctx.config.authSessionSeconds * 1000,
    challenge,
    ...extra,
  };
  ctx.repo.sessions('challenge').set(id, record);
  return { ...record, id, challenge };
}

/**
 * The live session `id` of this client, or Cognito's NotAuthorizedException: expired or unknown
 * ("session is expired"), already answered ("can only be used once").
 */
export function liveChallengeSession(
  ctx: PoolContext,
  /** The client the answer names; undefined for calls that name none (VerifySoftwareToken). */
  clientId: string | undefined,
  id: string,
): ChallengeSession {
  const sessions = ctx.repo.sessions('challenge');
  const record = sessions.get(id);
  if (record?.used === true && record.expiresAt > ctx.clock.now())
    throw new CognitoError('NotAuthorizedException', sessionReused);
  if (
    !record ||
    record.expiresAt <= ctx.clock.now() ||
    (clientId !== undefined && record.clientId !== clientId)
  ) {
    sessions.delete(id);
    throw new CognitoError('NotAuthorizedException', messages.sessionExpired);
  }
  return { ...record, id, challenge: record.challenge ?? 'NEW_PASSWORD_REQUIRED' };
}

/** Marks a session answered: until it would have expired, using it again says so. */
export function useUpChallengeSession(ctx: PoolContext, session: ChallengeSession): void {
  const { id, ...record } = session;
  ctx.repo.sessions('challenge').set(id, { ...record, used: true, codeHash: undefined });
}

/** Replaces a live session's record (a new email code, a refreshed expiry). */
export function updateChallengeSession(
  ctx: PoolContext,
  session: ChallengeSession,
  change: Partial<Pick<SessionRecord, 'codeHash' | 'expiresAt'>>,
): ChallengeSession {
  const { id, ...record } = session;
  const next = { ...record, ...change };
  ctx.repo.sessions('challenge').set(id, next);
  return { ...next, id };
}
