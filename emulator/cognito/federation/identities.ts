// The `identities` of a user (cognito-extensions §7.4): the IdP accounts it stands for, as the
// ID token's `identities` claim and the `identities` attribute carry them. Values are strings
// as real tokens show them (`"primary":"true"`, `"dateCreated":"1682704282933"`), not the
// boolean and number of AWS's doc examples (UNCONFIRMED, docs/emulator.md).

import type { UserRecord } from '../pool-state';

export interface IdentityEntry {
  readonly userId: string;
  readonly providerName: string;
  readonly providerType: string;
  /** The SAML entity id; null for social and OIDC providers. */
  readonly issuer: string | null;
  readonly primary: 'true' | 'false';
  readonly dateCreated: string;
}

/** Every identity of a user; empty for a user who has none. */
export function identitiesOf(user: UserRecord): IdentityEntry[] {
  const own = user.federatedIdentity;
  if (!own) return [];
  return [
    {
      userId: own.userId,
      providerName: own.providerName,
      providerType: own.providerType,
      issuer: null,
      primary: 'true',
      dateCreated: String(own.dateCreated),
    },
  ];
}

/** The ID token's `identities` claim, absent for users without identities. */
export function identitiesClaim(user: UserRecord): { identities?: IdentityEntry[] } {
  const entries = identitiesOf(user);
  return entries.length > 0 ? { identities: entries } : {};
}
