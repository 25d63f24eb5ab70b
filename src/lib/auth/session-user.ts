import type { User } from 'oidc-client-ts';

/** The signed-in person as pages see them: claims and facts, never a token. */
export interface SessionUser {
  readonly sub: string;
  readonly email: string | null;
  readonly emailVerified: boolean;
  readonly groups: readonly string[];
  /** When the ID token ends (and the session renews), if known. */
  readonly expiresAt: Date | null;
  /** A refresh token is stored, so the session can be renewed without the hosted pages. */
  readonly canRenew: boolean;
  /** `custom:default_currency` from the ID token (set on the Profile page), if any. */
  readonly defaultCurrency: string | null;
  /** The external provider accounts the user stands for (the ID token's `identities`). */
  readonly identities: readonly SignInIdentity[];
}

/** One entry of `identities`: `primary` when the user was created by that provider's sign-in. */
export interface SignInIdentity {
  readonly providerName: string;
  readonly primary: boolean;
}

/**
 * Cognito writes `identities` as a JSON array in the ID token (API Gateway flattens it to its
 * JSON text), with `primary` as the string "true"; anything else is read as no identities.
 */
function readIdentities(claim: unknown): SignInIdentity[] {
  let list = claim;
  if (typeof claim === 'string') {
    try {
      list = JSON.parse(claim);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const { providerName, primary } = (entry ?? {}) as Record<string, unknown>;
    return typeof providerName === 'string' && providerName !== ''
      ? [{ providerName, primary: String(primary) === 'true' }]
      : [];
  });
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Reads what pages need from the OIDC user (Cognito sends some booleans as strings). */
export function toSessionUser(user: User): SessionUser {
  const profile = user.profile as Record<string, unknown>;
  const rawGroups = profile['cognito:groups'];
  return {
    sub: String(profile['sub'] ?? ''),
    email: text(profile['email']),
    emailVerified: String(profile['email_verified']) === 'true',
    groups: Array.isArray(rawGroups)
      ? rawGroups.filter((group): group is string => typeof group === 'string')
      : [],
    expiresAt: user.expires_at ? new Date(user.expires_at * 1000) : null,
    canRenew: Boolean(user.refresh_token),
    defaultCurrency: text(profile['custom:default_currency']),
    identities: readIdentities(profile['identities']),
  };
}
