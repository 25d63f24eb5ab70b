// The one time source of the whole stack. Everything that reads time (Cognito tokens and codes,
// lockouts, the mailbox, the gateway's authorizer cache, the API's timestamps) takes a Clock,
// so a test moves time instead of waiting for it.

/** Milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock a test moves by hand; it never moves by itself. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

/** A clock tests move by hand, starting at `start` (default 2030-01-01T00:00:00Z). */
export function createManualClock(start = Date.UTC(2030, 0, 1)): ManualClock {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance takes ms >= 0, got ${ms}`);
      t += ms;
    },
    set(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`set takes a finite ms, got ${ms}`);
      t = ms;
    },
  };
}
