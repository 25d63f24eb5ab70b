import { CognitoError, messages } from './cognito-error';
import { sha256, type PoolContext } from './pool-context';
import type { CodePurpose, UserRecord } from './pool-state';

const codeHash = (purpose: CodePurpose, username: string, code: string) =>
  sha256(`${purpose}:${username}:${code}`);

/** Stores a new code (replacing any earlier one) bound to this user and purpose; returns it. */
export function issueCode(ctx: PoolContext, user: UserRecord, purpose: CodePurpose): string {
  const code = ctx.ids.code();
  const ttl = purpose === 'signup' ? ctx.config.signUpCodeSeconds : ctx.config.resetCodeSeconds;
  user.codes[purpose] = {
    hash: codeHash(purpose, user.username, code),
    expiresAt: ctx.clock.now() + ttl * 1000,
    failures: 0,
  };
  ctx.persist();
  return code;
}

/**
 * Checks and consumes a code. Wrong codes count; at the limit the code is burned and the
 * caller gets LimitExceededException, so guessing all 10^6 codes is impossible.
 */
export function consumeCode(
  ctx: PoolContext,
  user: UserRecord,
  purpose: CodePurpose,
  code: string,
): void {
  const record = user.codes[purpose];
  if (!record || record.expiresAt <= ctx.clock.now()) {
    delete user.codes[purpose];
    throw new CognitoError('ExpiredCodeException', messages.codeExpired);
  }
  if (codeHash(purpose, user.username, code.trim()) !== record.hash) {
    record.failures += 1;
    if (record.failures >= ctx.config.codeAttempts) {
      delete user.codes[purpose];
      ctx.persist();
      throw new CognitoError('LimitExceededException', messages.limitExceeded);
    }
    ctx.persist();
    throw new CognitoError('CodeMismatchException', messages.codeMismatch);
  }
  delete user.codes[purpose];
  ctx.persist();
}

/** At most 5 code e-mails per user per hour (Cognito's ResendConfirmationCode quota). */
export function assertCanSend(ctx: PoolContext, user: UserRecord): void {
  const now = ctx.clock.now();
  const recent = (ctx.state.sendLog.get(user.username) ?? []).filter((t) => now - t < 3_600_000);
  if (recent.length >= 5) throw new CognitoError('LimitExceededException', messages.limitExceeded);
  recent.push(now);
  ctx.state.sendLog.set(user.username, recent);
}
