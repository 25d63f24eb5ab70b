// The `identities` of a user as Cognito writes it (cognito-extensions §7.4, §7.5): the IdP
// account an EXTERNAL_PROVIDER user stands for (primary "true"), then the identities linked to
// it (primary "false"). Values are strings, as observed, though AWS's examples use a boolean
// and a number.

import type { UserRecord } from '../pool-state';

export interface IdentityEntry {
  readonly userId: string;
  readonly providerName: string;
  readonly providerType: string;
  /** The SAML entity id; null for OIDC and social providers. */
  readonly issuer: null;
  readonly primary: 'true' | 'false';
  /** Epoch milliseconds, as a string. */
  readonly dateCreated: string;
}

/** The user's identities; empty for a user who neither signed in through nor linked an IdP. */
export function identitiesOf(user: UserRecord): IdentityEntry[] {
  const own = user.federatedIdentity;
  return [
    ...(own
      ? [
          {
            userId: own.userId,
            providerName: own.providerName,
            providerType: own.providerType,
            issuer: null,
            primary: 'true' as const,
            dateCreated: String(own.dateCreated),
          },
        ]
      : []),
    ...(user.providerLinks ?? []).map((link) => ({
      userId: link.providerAttributeValue,
      providerName: link.providerName,
      providerType: link.providerType,
      issuer: null,
      primary: 'false' as const,
      dateCreated: String(link.dateCreated),
    })),
  ];
}

/** The ID token's `identities` claim (an array of objects), or nothing. */
export function identitiesClaim(user: UserRecord): { identities?: IdentityEntry[] } {
  const identities = identitiesOf(user);
  return identities.length > 0 ? { identities } : {};
}

/** The `identities` user attribute (AdminGetUser, ListUsers, trigger events): JSON text. */
export function identitiesAttribute(user: UserRecord): { Name: string; Value: string }[] {
  const identities = identitiesOf(user);
  return identities.length > 0 ? [{ Name: 'identities', Value: JSON.stringify(identities) }] : [];
}
