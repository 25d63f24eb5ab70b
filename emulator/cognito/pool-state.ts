/**
 * The pool's data: what is persisted, and the short-lived records kept in memory only. Records
 * are immutable; only pool-repository.ts replaces them (and so knows when to save).
 */
import type { IdentityProviderType, MfaFactor } from '../../contract/user-pool-definition';

/** EXTERNAL_PROVIDER: a user created by a federated sign-in (no password, no Cognito MFA). */
export type UserStatus =
  'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED' | 'EXTERNAL_PROVIDER';
/** `email`: GetUserAttributeVerificationCode / a changed email (24 h, like sign-up codes). */
export type CodePurpose = 'signup' | 'reset' | 'email';

export interface CodeRecord {
  /** SHA-256 of the code; the code itself is only in the mailbox. */
  readonly hash: string;
  readonly expiresAt: number;
  readonly failures: number;
}

/** The second factors the emulator offers (UserMFASettingList / PreferredMfaSetting values). */
export type MfaMethod = MfaFactor;

/** A verified authenticator-app secret (VerifySoftwareToken succeeded with a code from it). */
export interface SoftwareToken {
  /** Base32, as AssociateSoftwareToken returned it. */
  readonly secret: string;
  readonly friendlyDeviceName?: string | undefined;
  /** The TOTP step of the last accepted code: that code, and older ones, never work again. */
  readonly lastUsedStep?: number | undefined;
}

/** The IdP account an EXTERNAL_PROVIDER user stands for (its `identities` entry). */
export interface FederatedIdentity {
  readonly providerName: string;
  readonly providerType: IdentityProviderType;
  /** The IdP's user id (the claim mapped to `username`, by default `sub`). */
  readonly userId: string;
  /** Epoch ms of the first sign-in. */
  readonly dateCreated: number;
}

export interface UserRecord {
  /**
   * Pool username: in an email-as-username pool a UUID equal to `sub`; in a free-form pool the
   * name the user was created with (then `sub` is separate).
   */
  readonly username: string;
  /** Only when it differs from the username (free-form pools); records without it keep loading. */
  readonly sub?: string | undefined;
  readonly email: string;
  readonly emailVerified: boolean;
  /** Other standard attributes (name, ...), never sub/email/email_verified. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly status: UserStatus;
  readonly enabled: boolean;
  readonly passwordHash: string;
  readonly temporaryPasswordExpiresAt: number | null;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly groups: readonly string[];
  readonly codes: Readonly<Partial<Record<CodePurpose, CodeRecord>>>;
  /**
   * A new email waiting for its code (AttributesRequireVerificationBeforeUpdate): the old one
   * stays the sign-in name and the listed value until the code is entered.
   */
  readonly pendingEmail?: string | undefined;
  /** AssociateSoftwareToken's newest secret, until VerifySoftwareToken proves it. */
  readonly pendingTotpSecret?: string | undefined;
  readonly softwareToken?: SoftwareToken | undefined;
  /** Second factors the user turned on (SetUserMFAPreference Enabled, or a verified token). */
  readonly mfaEnabled?: readonly MfaMethod[] | undefined;
  readonly mfaPreferred?: MfaMethod | undefined;
  /** Only on EXTERNAL_PROVIDER users (username `<ProviderName>_<userId>`). */
  readonly federatedIdentity?: FederatedIdentity | undefined;
}

/** A group and its details; dates in epoch milliseconds (seconds on the wire). */
export interface GroupRecord {
  readonly name: string;
  readonly description?: string | undefined;
  /** Lower wins (0 is highest); absent ranks after every number. */
  readonly precedence?: number | undefined;
  readonly roleArn?: string | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One refresh token of a rotating family; `supersededAt` (ms) once a refresh replaced it. */
export interface FamilyRefreshToken {
  readonly hash: string;
  readonly supersededAt: number | null;
}

/**
 * One authentication and everything minted from it (`origin_jti`). Revoking the family revokes
 * its refresh token and, for Cognito's own endpoints, its access tokens.
 */
export interface TokenFamily {
  readonly originJti: string;
  /** SHA-256 of the refresh token (null when none was issued, e.g. implicit grant). */
  readonly refreshHash: string | null;
  readonly clientId: string;
  readonly username: string;
  /** Seconds, of the original authentication. */
  readonly authTime: number;
  readonly scopes: readonly string[];
  /** Whether tokens came from the OAuth endpoints (hosted UI) rather than the JSON API. */
  readonly oauth: boolean;
  readonly issuedAt: number;
  /** Refresh-token expiry, or access-token expiry when there is no refresh token. */
  readonly expiresAt: number;
  readonly revokedAt: number | null;
  /**
   * Every refresh token of a family that has rotated, the first (`refreshHash`) included.
   * Absent: never rotated, `refreshHash` is the one live token.
   */
  readonly refreshTokens?: readonly FamilyRefreshToken[] | undefined;
}

/** The refresh tokens of a family, rotated or not. */
export function refreshTokensOf(family: TokenFamily): readonly FamilyRefreshToken[] {
  if (family.refreshTokens) return family.refreshTokens;
  return family.refreshHash === null ? [] : [{ hash: family.refreshHash, supersededAt: null }];
}

export interface PersistedState {
  readonly version: 1;
  readonly users: readonly UserRecord[];
  readonly tokenFamilies: readonly TokenFamily[];
  /** Group records; a plain name is a group saved before groups carried details. */
  readonly groups: readonly (GroupRecord | string)[];
}

export interface AuthCodeRecord {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly username: string;
  readonly scopes: readonly string[];
  readonly nonce: string | undefined;
  readonly codeChallenge: string | undefined;
  readonly authTime: number;
  readonly expiresAt: number;
}

/** The challenges a JSON API `Session` (or the hosted MFA step) can stand for. */
export type ChallengeName =
  'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP' | 'SELECT_MFA_TYPE' | 'MFA_SETUP';

export interface SessionRecord {
  readonly username: string;
  readonly clientId: string;
  readonly expiresAt: number;
  /** Only on hosted-UI sign-in sessions: seconds of the authentication. */
  readonly authTime?: number;
  /** Challenge sessions: what the Session answers (absent: NEW_PASSWORD_REQUIRED). */
  readonly challenge?: ChallengeName | undefined;
  /** EMAIL_OTP: SHA-256 of the mailed code, bound to this session. */
  readonly codeHash?: string | undefined;
  /** MFA_SETUP: VerifySoftwareToken succeeded with this Session's predecessor. */
  readonly setupDone?: boolean | undefined;
  /** SELECT_MFA_TYPE: the factors offered; MFA_SETUP: the ones that can be set up. */
  readonly choices?: readonly MfaMethod[] | undefined;
  /** Answered: kept until it expires so a second answer is told the Session was used. */
  readonly used?: boolean | undefined;
}

/**
 * A sign-in gone to an identity provider, under Cognito's own `state` (5 minutes, single use):
 * the app's authorize request to resume, and what the IdP's answer must match.
 */
export interface FederationState {
  readonly providerName: string;
  /** The app's /oauth2/authorize query, checked again when the IdP answers. */
  readonly authorizeQuery: string;
  readonly nonce: string;
  /** SHA-256 of the browser-binding cookie, so only the browser that left can come back. */
  readonly bindingHash: string;
  readonly expiresAt: number;
}

export interface RedeemedCode {
  readonly originJti: string;
  readonly expiresAt: number;
}

/** The kinds of short-lived session record, each in its own map. */
export type SessionKind =
  /** JSON API challenge sessions (NEW_PASSWORD_REQUIRED, the MFA challenges). */
  | 'challenge'
  /** Hosted UI `cognito` cookie sessions. */
  | 'hosted'
  /** Hosted UI: a sign-up waiting for its code in the same browser. */
  | 'pendingSignIn'
  /** Hosted UI: a forced password change waiting in the same browser. */
  | 'pendingChallenge';

export interface PoolState {
  readonly users: Map<string, UserRecord>;
  readonly tokenFamilies: Map<string, TokenFamily>;
  /** refresh-token hash -> origin_jti. */
  readonly refreshIndex: Map<string, string>;
  readonly groups: Map<string, GroupRecord>;
  /** Recent code e-mails per user, for the hourly send limit. */
  readonly sendLog: Map<string, number[]>;
  /** Authorization codes: single-use, 5 minutes. */
  readonly authCodes: Map<string, AuthCodeRecord>;
  /** Codes already redeemed, mapped to the token family they produced (reuse revokes it). */
  readonly redeemedCodes: Map<string, RedeemedCode>;
  /** Federated sign-ins waiting for the IdP, by Cognito's state. */
  readonly federationStates: Map<string, FederationState>;
  readonly sessions: Readonly<Record<SessionKind, Map<string, SessionRecord>>>;
}

/** A saved group as a record; names saved by older versions get `now` as their dates. */
function loadGroup(saved: GroupRecord | string, now: number): GroupRecord {
  return typeof saved === 'string' ? { name: saved, createdAt: now, updatedAt: now } : saved;
}

export function createPoolState(initial?: PersistedState, now = 0): PoolState {
  const families = initial?.tokenFamilies ?? [];
  return {
    users: new Map((initial?.users ?? []).map((u) => [u.username, u])),
    tokenFamilies: new Map(families.map((f) => [f.originJti, f])),
    refreshIndex: new Map(
      families.flatMap((f) => refreshTokensOf(f).map((t) => [t.hash, f.originJti] as const)),
    ),
    groups: new Map(
      (initial?.groups ?? []).map((saved) => {
        const group = loadGroup(saved, now);
        return [group.name, group] as const;
      }),
    ),
    sendLog: new Map(),
    authCodes: new Map(),
    redeemedCodes: new Map(),
    federationStates: new Map(),
    sessions: {
      challenge: new Map(),
      hosted: new Map(),
      pendingSignIn: new Map(),
      pendingChallenge: new Map(),
    },
  };
}

/** What goes to disk; expired refresh tokens are dropped. */
export function snapshotState(state: PoolState, now: number): PersistedState {
  return {
    version: 1,
    users: [...state.users.values()],
    tokenFamilies: [...state.tokenFamilies.values()].filter((f) => f.expiresAt > now),
    groups: [...state.groups.values()],
  };
}

/** Removes expired in-memory records and token families. */
export function sweepExpired(state: PoolState, now: number): void {
  for (const map of [
    state.authCodes,
    state.redeemedCodes,
    state.federationStates,
    ...Object.values(state.sessions),
  ] as Map<string, { expiresAt: number }>[]) {
    for (const [key, value] of map) if (value.expiresAt <= now) map.delete(key);
  }
  for (const [jti, family] of state.tokenFamilies) {
    if (family.expiresAt > now) continue;
    state.tokenFamilies.delete(jti);
    for (const token of refreshTokensOf(family)) state.refreshIndex.delete(token.hash);
  }
}
