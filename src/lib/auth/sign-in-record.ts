/** How long after a completed sign-in an automatic one is taken as a loop. */
export const recentSignInMs = 30_000;

/**
 * When this tab last completed a sign-in. An automatic sign-in (the API refused the session,
 * renewal did not help) moments after one completed would only come back to the same refusal:
 * the hosted UI still has its session and answers at once, so the tab would bounce between it
 * and /callback for ever. Kept in the tab's session storage, so a reload does not forget it.
 */
export interface SignInRecord {
  markCompleted(): void;
  completedRecently(): boolean;
  /** Forgets it (sign-out leaves nothing of the session in the tab's storage). */
  clear(): void;
}

export function createSignInRecord(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  key: string,
  now: () => number = Date.now,
): SignInRecord {
  return {
    markCompleted() {
      try {
        storage.setItem(key, String(now()));
      } catch {
        // Storage full or blocked: no loop guard, as before; the callback still finishes.
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Blocked storage holds nothing to forget.
      }
    },
    completedRecently() {
      let stored: string | null;
      try {
        stored = storage.getItem(key);
      } catch {
        return false;
      }
      const at = Number(stored);
      if (stored === null || !Number.isFinite(at)) return false;
      const age = now() - at;
      return age >= 0 && age < recentSignInMs;
    },
  };
}
