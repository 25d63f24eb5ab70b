// The authorizers' result caches (Cognito and Lambda): entries expire on the shared clock, and
// the map is bounded so a flood of distinct tokens cannot grow it without end (the oldest entry
// goes first, as insertion order is kept).
import type { Clock } from '../../contract/clock';

export interface TtlCache<V> {
  /** The value, or undefined when absent or expired (an expired entry is dropped). */
  get(key: string): V | undefined;
  set(key: string, value: V, expiresAtMs: number): void;
}

/** Creates an empty cache of at most `maxEntries` entries (default 10 000). */
export function createTtlCache<V>(clock: Clock, maxEntries = 10_000): TtlCache<V> {
  const entries = new Map<string, { readonly value: V; readonly expiresAtMs: number }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      if (clock.now() < hit.expiresAtMs) return hit.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, expiresAtMs) {
      entries.delete(key);
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAtMs });
    },
  };
}
