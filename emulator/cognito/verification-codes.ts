import { CognitoError, messages } from './cognito-error';
import { sha256, type PoolContext } from './pool-context';
import type { CodePurpose, UserRecord } from './pool-state';

const codeHash = (purpose: CodePurpose, username: string, code: string) =>
  sha256(`${purpose}:${username}:${code}`);

/** The user's codes without the one for `purpose`. */
export function codesWithout(
  codes: UserRecord['codes'],
  purpose: CodePurpose,
): UserRecord['codes'] {
  const next = { ...codes };
  delete next[purpose];
  return next;
}

const withoutCode = (ctx: PoolContext, user: UserRecord, purpose: CodePurpose) =>
  ctx.repo.updateUser(user.username, (current) => ({
    codes: codesWithout(current.codes, purpose),
  }));

/** Stores a new code (replacing any earlier one) bound to this user and purpose; returns it. */
export function issueCode(ctx: PoolContext, user: UserRecord, purpose: CodePurpose): string {
  const code = ctx.ids.code();
  // Sign-up and attribute codes live 24 h, reset codes 1 h (cognito-behavior §3.7).
  const ttl = purpose === 'reset' ? ctx.config.resetCodeSeconds : ctx.config.signUpCodeSeconds;
  ctx.repo.updateUser(user.username, (current) => ({
    codes: {
      ...current.codes,
      [purpose]: {
        hash: codeHash(purpose, user.username, code),
        expiresAt: ctx.clock.now() + ttl * 1000,
        failures: 0,
      },
    },
  }));
  return code;
}

/**
 * Checks and consumes a code; returns the user without it. Wrong codes count; at the limit the
 * code is burned and the caller gets LimitExceededException, so guessing all 10^6 codes is
 * impossible.
 */
export function consumeCode(
  ctx: PoolContext,
  user: UserRecord,
  purpose: CodePurpose,
  code: string,
): UserRecord {
  const record = user.codes[purpose];
  if (!record || record.expiresAt <= ctx.clock.now()) {
    if (record) withoutCode(ctx, user, purpose);
    throw new CognitoError('ExpiredCodeException', messages.codeExpired);
  }
  if (codeHash(purpose, user.username, code.trim()) !== record.hash) {
    const failures = record.failures + 1;
    if (failures >= ctx.config.codeAttempts) {
      withoutCode(ctx, user, purpose);
      throw new CognitoError('LimitExceededException', messages.limitExceeded);
    }
    ctx.repo.updateUser(user.username, (current) => ({
      codes: { ...current.codes, [purpose]: { ...record, failures } },
    }));
    throw new CognitoError('CodeMismatchException', messages.codeMismatch);
  }
  return withoutCode(ctx, user, purpose);
}

const sendWindowMs = 3_600_000;

/** At most 5 code e-mails per user per hour (Cognito's ResendConfirmationCode quota). */
export function assertCanSend(ctx: PoolContext, user: UserRecord): void {
  const now = ctx.clock.now();
  if (ctx.repo.sendsSince(user.username, now - sendWindowMs) >= 5)
    throw new CognitoError('LimitExceededException', messages.limitExceeded);
  ctx.repo.recordSend(user.username, now, now - sendWindowMs);
}
