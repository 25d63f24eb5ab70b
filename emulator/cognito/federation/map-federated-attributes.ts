// AttributeMapping applied to an IdP's claims (cognito-extensions §7.2): pure, so the rules are
// tested without a sign-in. Values become strings (booleans "true"/"false"); a claim the IdP
// leaves out maps to nothing, so the stored value stays.

import type { MappedAttribute } from '../../../contract/user-pool-definition';

/** Cognito's bound on a standard attribute's value. */
export const maxAttributeLength = 2048;

export interface MappedProfile {
  /** The IdP's user id (the claim mapped to `username`, `sub` by default). */
  readonly userId: string;
  readonly email?: string | undefined;
  readonly emailVerified?: boolean | undefined;
  /** Other pool attributes (name, custom:…), as strings. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Thrown when the IdP's claims cannot make a user (no user id, a value too long). */
export class FederatedProfileError extends Error {
  override readonly name = 'FederatedProfileError';
}

/**
 * A claim as an attribute value; undefined for claims Cognito would not store. UNCONFIRMED how
 * Cognito stores multi-valued claims beyond "URL-form-encoded": each value encoded, comma-joined.
 */
function valueOf(claim: unknown): string | undefined {
  if (typeof claim === 'string') return claim;
  if (typeof claim === 'boolean' || typeof claim === 'number') return String(claim);
  if (Array.isArray(claim) && claim.every((v) => typeof v === 'string'))
    return claim.map((v) => encodeURIComponent(v)).join(',');
  return undefined;
}

/** The pool attributes an IdP's verified claims map to. */
export function mapFederatedAttributes(
  mapping: Readonly<Partial<Record<MappedAttribute, string>>>,
  claims: Readonly<Record<string, unknown>>,
): MappedProfile {
  const userId = claims[mapping.username ?? 'sub'];
  if (typeof userId !== 'string' || userId === '')
    throw new FederatedProfileError('The identity provider sent no user id.');
  if (userId.length > 128) throw new FederatedProfileError('The user id is too long.');
  let email: string | undefined;
  let emailVerified: boolean | undefined;
  const attributes: Record<string, string> = {};
  for (const [attribute, claimName] of Object.entries(mapping)) {
    if (attribute === 'username' || claimName === undefined) continue;
    const value = valueOf(claims[claimName]);
    if (value === undefined) continue;
    if (value.length > maxAttributeLength)
      throw new FederatedProfileError(`${attribute}: the value is too long.`);
    if (attribute === 'email') email = value;
    else if (attribute === 'email_verified') emailVerified = value === 'true';
    else attributes[attribute] = value;
  }
  return { userId, email, emailVerified, attributes };
}
