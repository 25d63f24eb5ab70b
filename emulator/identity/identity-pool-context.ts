// What every identity pool operation gets: the pool as configured (one pool, the product's,
// from contract/identity-pool-definition.ts), its data, and the user pool it trusts.
import type { KeyObject } from 'node:crypto';
import type { Clock } from '../../contract/clock';
import type { IdTokenCheck } from '../cognito/check-id-token';
import type { IdentityRecords } from './identity-records';

export interface IdentityPoolContext {
  readonly identityPoolId: string;
  readonly name: string;
  readonly region: string;
  readonly accountId: string;
  /** The authenticated role every signed-in identity gets (no role mappings). */
  readonly roleArn: string;
  /** The Logins key of the user pool: its issuer without the scheme. */
  readonly providerName: string;
  /** The user pool app client the pool accepts tokens of. */
  readonly clientId: string;
  readonly credentialsSeconds: number;
  readonly clock: Clock;
  readonly records: IdentityRecords;
  checkIdToken(token: string): IdTokenCheck;
  uuid(): string;
  randomBytes(size: number): Buffer;
  /** The key GetOpenIdToken signs with (made on first use, never persisted). */
  openIdKey(): { readonly kid: string; readonly privateKey: KeyObject };
}

/** `https://host/path` → `host/path`, the Logins key AWS expects for an issuer. */
export const providerNameOf = (issuer: string): string => issuer.replace(/^https?:\/\//, '');
