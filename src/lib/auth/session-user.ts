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
  };
}
