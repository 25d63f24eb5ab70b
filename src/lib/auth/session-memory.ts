// What a signed-in session keeps in memory only, beside the stored user: the API's temporary
// AWS credentials (apiAuth `iam`). It outlives page changes (one per auth runtime) and is
// emptied when the session ends, here or in another tab.

/** Something kept for the session that can drop what it holds. */
export interface Forgettable {
  forget(): void;
}

export interface SessionMemory {
  /** The value kept under `key`, made by `create` on first use. */
  keep<T extends Forgettable>(key: string, create: () => T): T;
  /** Makes every kept value forget what it holds, then drops them all. */
  clear(): void;
}

export function createSessionMemory(): SessionMemory {
  const kept = new Map<string, Forgettable>();
  return {
    keep<T extends Forgettable>(key: string, create: () => T): T {
      const existing = kept.get(key);
      if (existing) return existing as T;
      const made = create();
      kept.set(key, made);
      return made;
    },
    clear() {
      // A client built before the sign-out still holds its value: forgetting empties that too.
      for (const value of kept.values()) value.forget();
      kept.clear();
    },
  };
}
