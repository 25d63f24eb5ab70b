// Holds the pool's public keys for the authorizer. Keys are read once, re-read when a token names
// a kid we do not know (key rotation) at most once per cool-down and one read at a time, so a
// flood of random kids cannot become a flood of JWKS reads (checklist A11, F08), and re-read when
// older than a max age so a key withdrawn from the pool stops being trusted.
import { createLocalJWKSet } from 'jose';
import type { JSONWebKeySet } from 'jose';
import type { Clock } from '../../contract/clock';

export type KeyResolver = ReturnType<typeof createLocalJWKSet>;
export type JwksSource = () => JSONWebKeySet | Promise<JSONWebKeySet>;

interface LoadedKeys {
  readonly resolve: KeyResolver;
  readonly kids: ReadonlySet<string>;
}

export interface JwksStoreOptions {
  readonly getJwks: JwksSource;
  readonly clock: Clock;
  /** Minimum time between two reads triggered by unknown kids. */
  readonly refreshCooldownMs: number;
  /** Age after which the set is re-read before use, so a key removed from the pool stops working. */
  readonly maxAgeMs: number;
}

/**
 * Returns `keysFor(kid)`: a key resolver that knows `kid`, or undefined when the kid is still
 * unknown after an allowed re-read. Throws only when no key set could ever be loaded (fail closed).
 */
export function createJwksStore({ getJwks, clock, refreshCooldownMs, maxAgeMs }: JwksStoreOptions) {
  let loaded: LoadedKeys | undefined;
  let lastLoadAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;

  async function load(): Promise<void> {
    lastLoadAt = clock.now();
    const jwks = await getJwks();
    // createLocalJWKSet validates the set's shape; a bad set throws here and the old one stays.
    const resolve = createLocalJWKSet(jwks);
    const kids = new Set(
      jwks.keys.map((key) => key.kid).filter((kid): kid is string => typeof kid === 'string'),
    );
    loaded = { resolve, kids };
  }

  function reload(): Promise<void> {
    inFlight ??= load().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return async function keysFor(kid: string): Promise<KeyResolver | undefined> {
    if (loaded !== undefined && clock.now() - lastLoadAt >= maxAgeMs) {
      // A warm store keeps its keys when the re-read fails (checklist F07).
      await reload().catch(() => undefined);
    }
    if (loaded?.kids.has(kid)) return loaded.resolve;
    if (inFlight !== undefined) {
      await inFlight.catch(() => undefined);
    } else if (loaded === undefined || clock.now() - lastLoadAt >= refreshCooldownMs) {
      try {
        await reload();
      } catch (error) {
        if (loaded === undefined) throw error;
      }
    }
    return loaded?.kids.has(kid) ? loaded.resolve : undefined;
  };
}
