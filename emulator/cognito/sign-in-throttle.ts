import { CognitoError, messages } from './cognito-error';

interface Entry {
  failures: number;
  lockedUntil: number;
  lastLockMs: number;
  lastAttemptAt: number;
}

/**
 * Cognito's lockout: a few free failures, then temporary lockouts starting at 1 s and doubling
 * up to 15 min; attempts during a lockout are refused unchecked; 15 quiet minutes reset it.
 * Keyed by the account (or by the typed name for unknown users, so both look the same).
 */
export interface SignInThrottle {
  /** Throws "Password attempts exceeded" while the key is locked. */
  assertOpen(key: string, now: number): void;
  /** Records a failure; returns true when it started a lockout. */
  recordFailure(key: string, now: number): boolean;
  recordSuccess(key: string): void;
}

const quietResetMs = 15 * 60_000;
const maxLockMs = 15 * 60_000;

export function createSignInThrottle(freeFailures: number, maxEntries = 10_000): SignInThrottle {
  const entries = new Map<string, Entry>();
  const get = (key: string, now: number): Entry => {
    let e = entries.get(key);
    if (e && now - e.lastAttemptAt > quietResetMs && e.lockedUntil <= now) {
      entries.delete(key);
      e = undefined;
    }
    if (!e) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      e = { failures: 0, lockedUntil: 0, lastLockMs: 0, lastAttemptAt: now };
      entries.set(key, e);
    }
    return e;
  };
  return {
    assertOpen(key, now) {
      const e = entries.get(key);
      if (e && e.lockedUntil > now)
        throw new CognitoError('NotAuthorizedException', messages.attemptsExceeded);
    },
    recordFailure(key, now) {
      const e = get(key, now);
      e.lastAttemptAt = now;
      e.failures += 1;
      if (e.failures <= freeFailures) return false;
      e.lastLockMs = e.lastLockMs === 0 ? 1000 : Math.min(e.lastLockMs * 2, maxLockMs);
      e.lockedUntil = now + e.lastLockMs;
      return true;
    },
    recordSuccess(key) {
      entries.delete(key);
    },
  };
}
