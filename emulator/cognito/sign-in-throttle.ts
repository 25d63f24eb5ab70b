import type { Clock } from '../../contract/clock';
import { CognitoError, messages } from './cognito-error';

/** An account (`user:` + pool username) or a typed name that is no user (`name:` + lower case). */
export type ThrottleKey = `user:${string}` | `name:${string}`;

/** One admitted attempt: it counts as a failure until it is settled, exactly once. */
export interface SignInAttempt {
  /** The password was wrong; true when this failure started a lockout. */
  failed(): boolean;
  /** The password was right: the count starts again. */
  succeeded(): void;
}

/**
 * Cognito's lockout: a few free failures, then temporary lockouts starting at 1 s and doubling
 * up to 15 min; attempts during a lockout are refused unchecked; 15 quiet minutes reset it.
 * Keyed by the account (or by the typed name for unknown users, so both look the same).
 */
export interface SignInThrottle {
  /**
   * Admits an attempt once checking it cannot exceed the free failures, even if every attempt
   * being checked now fails: a burst waits for its turn instead of being checked in full.
   * Rejects with "Password attempts exceeded" while the key is locked.
   */
  admit(key: ThrottleKey): Promise<SignInAttempt>;
  /** Forgets a key's failures and lockout (a password reset proves the owner). */
  reset(key: ThrottleKey): void;
}

export interface ThrottleOptions {
  freeFailures: number;
  clock: Clock;
  /**
   * Bound on remembered names that are no user. Accounts are never dropped for room (they are
   * bounded by the pool), so junk names cannot push a locked account out.
   */
  maxNameEntries?: number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastLockMs: number;
  lastAttemptAt: number;
  /** Admitted attempts not settled yet; each may still fail. */
  pending: number;
  /** Attempts waiting for a pending one to settle. */
  waiting: (() => void)[];
}

const quietResetMs = 15 * 60_000;
const maxLockMs = 15 * 60_000;

const busy = (e: Entry) => e.pending > 0 || e.waiting.length > 0;
const locked = (e: Entry, now: number) => e.lockedUntil > now;
const forgotten = (e: Entry, now: number) =>
  !busy(e) && !locked(e, now) && now - e.lastAttemptAt > quietResetMs;

/** Drops forgotten entries, then (names only) unlocked ones, then the oldest; never busy ones. */
function makeRoom(map: Map<ThrottleKey, Entry>, limit: number, now: number, evict: boolean) {
  for (const [key, e] of map) if (forgotten(e, now)) map.delete(key);
  if (!evict) return;
  for (const unlockedOnly of [true, false]) {
    for (const [key, e] of map) {
      if (map.size < limit) return;
      if (!busy(e) && (!unlockedOnly || !locked(e, now))) map.delete(key);
    }
  }
}

export function createSignInThrottle(options: ThrottleOptions): SignInThrottle {
  const { freeFailures, clock, maxNameEntries = 10_000 } = options;
  const accounts = new Map<ThrottleKey, Entry>();
  const names = new Map<ThrottleKey, Entry>();
  const tableOf = (key: ThrottleKey) => (key.startsWith('user:') ? accounts : names);

  const entryFor = (key: ThrottleKey, now: number): Entry => {
    const map = tableOf(key);
    let e = map.get(key);
    if (e && forgotten(e, now)) {
      map.delete(key);
      e = undefined;
    }
    if (!e) {
      if (map.size >= maxNameEntries) makeRoom(map, maxNameEntries, now, map === names);
      e = {
        failures: 0,
        lockedUntil: 0,
        lastLockMs: 0,
        lastAttemptAt: now,
        pending: 0,
        waiting: [],
      };
      map.set(key, e);
    }
    return e;
  };
  const wake = (e: Entry) => {
    for (const resume of e.waiting.splice(0)) resume();
  };
  const clear = (key: ThrottleKey, e: Entry) => {
    e.failures = 0;
    e.lockedUntil = 0;
    e.lastLockMs = 0;
    if (!busy(e)) tableOf(key).delete(key);
  };

  const attempt = (key: ThrottleKey, e: Entry): SignInAttempt => {
    let settled = false;
    const settle = () => {
      if (settled) throw new Error('A sign-in attempt was settled twice');
      settled = true;
      e.pending -= 1;
    };
    return {
      failed() {
        settle();
        const now = clock.now();
        e.lastAttemptAt = now;
        e.failures += 1;
        const lock = e.failures > freeFailures;
        if (lock) {
          e.lastLockMs = e.lastLockMs === 0 ? 1000 : Math.min(e.lastLockMs * 2, maxLockMs);
          e.lockedUntil = now + e.lastLockMs;
        }
        wake(e);
        return lock;
      },
      succeeded() {
        settle();
        clear(key, e);
        wake(e);
      },
    };
  };

  return {
    async admit(key) {
      for (;;) {
        const now = clock.now();
        const e = entryFor(key, now);
        if (locked(e, now))
          throw new CognitoError('NotAuthorizedException', messages.attemptsExceeded);
        // Failures so far plus every pending attempt failing must stay within what one-by-one
        // attempts could reach; after a lockout that is one attempt at a time.
        if (e.pending < Math.max(1, freeFailures + 1 - e.failures)) {
          e.pending += 1;
          return attempt(key, e);
        }
        await new Promise<void>((resume) => e.waiting.push(resume));
      }
    },
    reset(key) {
      const e = tableOf(key).get(key);
      if (!e) return;
      clear(key, e);
      wake(e);
    },
  };
}
