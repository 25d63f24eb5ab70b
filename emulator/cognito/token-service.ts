import { mayRead } from './client-attributes';
import { isActiveUser } from './active-user';
import { attributeClaims, subOf } from './user-attributes';
import { CognitoError, messages } from './cognito-error';
import { identitiesClaim } from './federation/identities';
import { groupClaims } from './group-claims';
import { atHash, signJwt, verifyOwnJwt } from './jwt';
import { nowSeconds, sha256, type PoolContext } from './pool-context';
import { recordSignInEvent } from './sign-in-events';
import type { AppClientConfig } from './pool-config';
import { refreshTokensOf, type TokenFamily, type UserRecord } from './pool-state';
import {
  applyClaimChanges,
  preTokenGeneration,
  type TokenGenerationSource,
} from './triggers/pre-token-generation';

export interface IssuedTokens {
  idToken: string | undefined;
  accessToken: string;
  refreshToken: string | undefined;
  expiresIn: number;
  originJti: string;
}

export interface IssueRequest {
  user: UserRecord;
  client: AppClientConfig;
  scopes: readonly string[];
  /** Seconds; kept unchanged on refresh. */
  authTime: number;
  /** True for hosted UI / OAuth endpoints (adds at_hash and `version`), false for the JSON API. */
  oauth: boolean;
  nonce?: string | undefined;
  /** Set on refresh: the family the new tokens belong to. */
  family?: TokenFamily;
  withRefreshToken: boolean;
  /** Set when a NEW_PASSWORD_REQUIRED answer ends the sign-in (PreTokenGeneration's source). */
  newPassword?: boolean;
}

/** The PreTokenGeneration source Cognito uses for this token set. */
const tokenSource = (req: IssueRequest): TokenGenerationSource =>
  req.family
    ? 'TokenGeneration_RefreshTokens'
    : req.newPassword
      ? 'TokenGeneration_NewPasswordChallenge'
      : req.oauth
        ? 'TokenGeneration_HostedAuth'
        : 'TokenGeneration_Authentication';

// Real refresh tokens are JWEs; ours are random but keep the shape so no client is surprised.
const refreshHeader = Buffer.from('{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}').toString(
  'base64url',
);

function newRefreshToken(ctx: PoolContext): string {
  return [
    refreshHeader,
    ctx.ids.secret(192),
    ctx.ids.secret(12),
    ctx.ids.secret(256),
    ctx.ids.secret(16),
  ].join('.');
}

/** Which ID-token attribute claims a scope set allows (openid alone: all readable ones). */
function wantsAttributes(
  scopes: readonly string[],
  oauth: boolean,
): { email: boolean; profile: boolean } {
  if (!oauth) return { email: true, profile: true };
  const narrowed = scopes.some((s) => s === 'email' || s === 'profile' || s === 'phone');
  return {
    email: !narrowed || scopes.includes('email'),
    profile: !narrowed || scopes.includes('profile'),
  };
}

/**
 * Mints Cognito-shaped ID/access tokens (and a refresh token for new authentications), after
 * the pool's PreTokenGeneration trigger has had its say.
 */
export async function issueTokens(ctx: PoolContext, req: IssueRequest): Promise<IssuedTokens> {
  const { user, client, oauth } = req;
  const claims = groupClaims(ctx, user);
  const names = claims.groups['cognito:groups'] ?? [];
  const o = await preTokenGeneration(ctx, {
    source: tokenSource(req),
    user,
    clientId: client.clientId,
    scopes: req.scopes,
    groups: names,
  });
  const scopes = [...new Set([...req.scopes, ...o.access.scopesToAdd])].filter(
    (s) => !o.access.scopesToSuppress.includes(s),
  );
  const groups =
    o.groups === undefined
      ? claims.groups
      : o.groups.length > 0
        ? { 'cognito:groups': [...o.groups] }
        : {};
  const roles = claims.roles;
  const iat = nowSeconds(ctx);
  const originJti = req.family?.originJti ?? ctx.ids.uuid();
  const eventId = ctx.ids.uuid();
  const access = ctx.keys().signing('access');
  const accessToken = signJwt(
    applyClaimChanges(
      {
        sub: subOf(user),
        ...groups,
        iss: ctx.config.issuer,
        ...(oauth ? { version: 2 } : {}),
        client_id: client.clientId,
        origin_jti: originJti,
        event_id: eventId,
        token_use: 'access',
        scope: scopes.join(' '),
        auth_time: req.authTime,
        exp: iat + client.accessTokenSeconds,
        iat,
        jti: ctx.ids.uuid(),
        username: user.username,
      },
      o.access,
      'access',
      client.clientId,
    ),
    access.kid,
    access.privateKey,
  );
  let idToken: string | undefined;
  if (!oauth || scopes.includes('openid')) {
    const want = wantsAttributes(scopes, oauth);
    const id = ctx.keys().signing('id');
    // Only what the client may read (ReadAttributes), as Cognito filters ID tokens.
    const profile = want.profile
      ? attributeClaims(
          Object.fromEntries(Object.entries(user.attributes).filter(([k]) => mayRead(client, k))),
        )
      : {};
    idToken = signJwt(
      applyClaimChanges(
        {
          ...(oauth ? { at_hash: atHash(accessToken) } : {}),
          sub: subOf(user),
          ...groups,
          ...(want.email && mayRead(client, 'email_verified')
            ? { email_verified: user.emailVerified }
            : {}),
          iss: ctx.config.issuer,
          'cognito:username': user.username,
          // ID token only (cognito-extensions §7.4), never the access token.
          ...identitiesClaim(user),
          ...(req.nonce !== undefined ? { nonce: req.nonce } : {}),
          origin_jti: originJti,
          ...roles,
          aud: client.clientId,
          event_id: eventId,
          token_use: 'id',
          auth_time: req.authTime,
          ...profile,
          exp: iat + client.idTokenSeconds,
          iat,
          jti: ctx.ids.uuid(),
          ...(want.email && mayRead(client, 'email') && user.email !== ''
            ? { email: user.email }
            : {}),
        },
        o.id,
        'id',
        client.clientId,
      ),
      id.kid,
      id.privateKey,
    );
  }
  let refreshToken: string | undefined;
  if (!req.family) {
    if (req.withRefreshToken) refreshToken = newRefreshToken(ctx);
    const now = ctx.clock.now();
    const family: TokenFamily = {
      originJti,
      refreshHash: refreshToken === undefined ? null : sha256(refreshToken),
      clientId: client.clientId,
      username: user.username,
      authTime: req.authTime,
      scopes: [...scopes],
      oauth,
      issuedAt: now,
      expiresAt:
        now +
        (refreshToken === undefined ? client.accessTokenSeconds : client.refreshTokenSeconds) *
          1000,
      revokedAt: null,
    };
    ctx.repo.addFamily(family);
  }
  return { idToken, accessToken, refreshToken, expiresIn: client.accessTokenSeconds, originJti };
}

/** `reused`: a rotated-out refresh token after its grace period (the family is now revoked). */
export type RefreshFailure = 'invalid' | 'expired' | 'revoked' | 'reused';

/** Finds the live family of a refresh token for this client, or says why it cannot be used. */
function checkRefreshToken(
  ctx: PoolContext,
  token: string,
  client: AppClientConfig,
): { ok: true; family: TokenFamily; user: UserRecord } | { ok: false; reason: RefreshFailure } {
  if (token.length > 4096) return { ok: false, reason: 'invalid' };
  const family = ctx.repo.familyOfRefreshToken(token);
  if (!family || family.clientId !== client.clientId) return { ok: false, reason: 'invalid' };
  if (family.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (family.expiresAt <= ctx.clock.now()) return { ok: false, reason: 'expired' };
  const hash = sha256(token);
  const supersededAt = refreshTokensOf(family).find((t) => t.hash === hash)?.supersededAt ?? null;
  const graceMs = (client.refreshTokenRotation?.retryGracePeriodSeconds ?? 0) * 1000;
  if (supersededAt !== null && ctx.clock.now() - supersededAt >= graceMs) {
    // Reuse detection (RFC 9700 §4.14.2): a replayed old token ends the whole family, its
    // successors included. Stricter than Cognito documents; see docs/emulator.md.
    ctx.repo.revokeFamily(family.originJti, ctx.clock.now());
    return { ok: false, reason: 'reused' };
  }
  const user = ctx.repo.user(family.username);
  if (!isActiveUser(user)) return { ok: false, reason: 'revoked' };
  return { ok: true, family, user };
}

/**
 * The refresh grant of the JSON API and the token endpoint: new ID and access tokens in the
 * same family, with its scopes and auth_time. A rotating client also gets a new refresh token
 * (expiring with the family); the one used stays valid for the grace period, so a retry of a
 * lost answer, or a second renewal racing the first, still gets tokens.
 */
export async function refreshTokens(
  ctx: PoolContext,
  token: string,
  client: AppClientConfig,
): Promise<{ ok: true; tokens: IssuedTokens } | { ok: false; reason: RefreshFailure }> {
  const checked = checkRefreshToken(ctx, token, client);
  if (!checked.ok) return checked;
  const { family, user } = checked;
  const tokens = await issueTokens(ctx, {
    user,
    client,
    scopes: family.scopes,
    authTime: family.authTime,
    oauth: family.oauth,
    family,
    withRefreshToken: false,
  });
  recordSignInEvent(ctx, user.username, 'refreshed');
  if (!client.refreshTokenRotation) return { ok: true, tokens };
  const refreshToken = newRefreshToken(ctx);
  ctx.repo.rotateRefreshToken(family.originJti, token, refreshToken, ctx.clock.now());
  return { ok: true, tokens: { ...tokens, refreshToken } };
}

/** Revokes the family of a refresh token; unknown tokens are ignored (RFC 7009). */
export function revokeRefreshToken(
  ctx: PoolContext,
  token: string,
  clientId: string,
): 'revoked' | 'unknown' | 'otherClient' {
  const family = token.length > 4096 ? undefined : ctx.repo.familyOfRefreshToken(token);
  if (!family) return 'unknown';
  if (family.clientId !== clientId) return 'otherClient';
  ctx.repo.revokeFamily(family.originJti, ctx.clock.now());
  recordSignInEvent(ctx, family.username, 'signed-out', 'Refresh token revoked.');
  return 'revoked';
}

/**
 * Checks an access token for Cognito's own endpoints (GetUser, userInfo, GlobalSignOut):
 * signature, type, issuer, expiry, and that its family and user are still live.
 */
export function verifyAccessToken(
  ctx: PoolContext,
  token: string,
): { claims: Record<string, unknown>; user: UserRecord; family: TokenFamily } {
  const fail = (message: string) => new CognitoError('NotAuthorizedException', message);
  if (typeof token !== 'string' || token.length > 8192) throw fail(messages.invalidAccess);
  const checked = verifyOwnJwt(token, (kid) => {
    const k = ctx.keys().publicKey(kid);
    return k?.use === 'access' ? k.key : undefined;
  });
  if (!checked.ok) throw fail(messages.invalidAccess);
  const c = checked.claims;
  if (c.token_use !== 'access' || c.iss !== ctx.config.issuer || typeof c.exp !== 'number')
    throw fail(messages.invalidAccess);
  if (c.exp <= nowSeconds(ctx)) throw fail(messages.accessExpired);
  const family = typeof c.origin_jti === 'string' ? ctx.repo.family(c.origin_jti) : undefined;
  const user = typeof c.username === 'string' ? ctx.repo.user(c.username) : undefined;
  if (!family || family.revokedAt !== null || !user || !user.enabled)
    throw fail(messages.accessRevoked);
  return { claims: c, user, family };
}
