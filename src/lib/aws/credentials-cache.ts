// The SPA keeps its temporary AWS credentials in memory only (never in storage: they are bearer
// secrets for the API) and swaps them before they expire, so a request is never signed with
// credentials that die on the way.
import type { Clock } from '../../../contract/clock';
import type { AwsCredentials, ExchangeIdToken } from './identity-pool-exchange';

/** Credentials are replaced this long before their Expiration. */
export const credentialsRenewalMarginMs = 5 * 60_000;

export interface CredentialsCache {
  /** Credentials valid for at least the margin; exchanges `idToken` for new ones when not. */
  get(idToken: string): Promise<AwsCredentials>;
  /** Drops them (refused as expired, or the session ended); the next get exchanges again. */
  forget(): void;
}

export interface CredentialsCacheOptions {
  readonly exchange: ExchangeIdToken;
  readonly clock: Clock;
  readonly marginMs?: number;
}

/** A cache that shares one exchange between concurrent requests. */
export function createCredentialsCache(options: CredentialsCacheOptions): CredentialsCache {
  const marginMs = options.marginMs ?? credentialsRenewalMarginMs;
  let current: AwsCredentials | null = null;
  let pending: Promise<AwsCredentials> | null = null;
  // Bumped by forget(): an exchange that was under way then must not refill the cache (a
  // sign-out while it was in flight would otherwise keep the credentials).
  let generation = 0;

  const fresh = (credentials: AwsCredentials | null): credentials is AwsCredentials =>
    credentials !== null && options.clock.now() < credentials.expiresAt - marginMs;

  return {
    get(idToken) {
      if (fresh(current)) return Promise.resolve(current);
      if (pending) return pending;
      const started = generation;
      const exchange = options.exchange(idToken).then(
        (credentials) => {
          if (started === generation) {
            current = credentials;
            pending = null;
          }
          return credentials;
        },
        (error: unknown) => {
          if (started === generation) pending = null;
          throw error;
        },
      );
      pending = exchange;
      return exchange;
    },
    forget() {
      generation += 1;
      current = null;
      pending = null;
    },
  };
}
