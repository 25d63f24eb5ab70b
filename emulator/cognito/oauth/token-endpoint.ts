import { createHash } from 'node:crypto';
import { isActiveUser } from '../active-user';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';
import type { PoolContext } from '../pool-context';
import type { AppClientConfig } from '../pool-config';
import { issueTokens, refreshTokens, type IssuedTokens } from '../token-service';
import { defineOAuthEndpoint, OAuthError } from './oauth-response';

const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

function required(form: Map<string, string>, name: string): string {
  const value = form.get(name);
  if (!value) throw new OAuthError('invalid_request', `${name} is required`);
  return value;
}

async function redeemCode(
  ctx: PoolContext,
  client: AppClientConfig,
  form: Map<string, string>,
): Promise<IssuedTokens> {
  const code = required(form, 'code');
  const redirectUri = required(form, 'redirect_uri');
  const verifier = form.get('code_verifier');
  // Single use: the code is gone whatever happens next.
  const record = ctx.repo.authCodes.take(code);
  if (!record) {
    const redeemed = ctx.repo.redeemedCodes.get(code);
    // A replayed code: revoke what the first redemption produced (RFC 6749 §4.1.2).
    if (redeemed) ctx.repo.revokeFamily(redeemed.originJti, ctx.clock.now());
    throw new OAuthError(
      'invalid_grant',
      'The authorization code is invalid, expired or already used',
    );
  }
  if (record.expiresAt <= ctx.clock.now())
    throw new OAuthError('invalid_grant', 'The authorization code has expired');
  if (record.clientId !== client.clientId)
    throw new OAuthError('invalid_grant', 'The authorization code was issued to another client');
  if (record.redirectUri !== redirectUri)
    throw new OAuthError('invalid_grant', 'redirect_uri does not match the authorization request');
  if (record.codeChallenge === undefined) {
    if (verifier !== undefined)
      throw new OAuthError(
        'invalid_grant',
        'code_verifier sent but the authorization request had no code_challenge',
      );
  } else {
    if (verifier === undefined) throw new OAuthError('invalid_grant', 'code_verifier is required');
    if (!verifierPattern.test(verifier))
      throw new OAuthError(
        'invalid_grant',
        'code_verifier must be 43-128 characters of [A-Za-z0-9._~-]',
      );
    const computed = createHash('sha256').update(verifier).digest('base64url');
    if (computed !== record.codeChallenge)
      throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge');
  }
  const user = ctx.repo.user(record.username);
  if (!isActiveUser(user)) throw new OAuthError('invalid_grant', 'The user can no longer sign in');
  const tokens = await issueTokens(ctx, {
    user,
    client,
    scopes: record.scopes,
    authTime: record.authTime,
    oauth: true,
    nonce: record.nonce,
    withRefreshToken: true,
  });
  ctx.repo.redeemedCodes.set(code, {
    originJti: tokens.originJti,
    expiresAt: ctx.clock.now() + 10 * 60_000,
  });
  return tokens;
}

/** POST /oauth2/token: authorization_code (+PKCE S256) and refresh_token for the public client. */
export const tokenEndpoint = defineOAuthEndpoint(400, async (ctx, client, form, res) => {
  const grant = form.get('grant_type');
  if (!grant) throw new OAuthError('invalid_request', 'grant_type is required');
  let tokens: IssuedTokens;
  if (grant === 'authorization_code') {
    if (!client.allowedOAuthFlows.includes('code'))
      throw new OAuthError('unauthorized_client', 'The code flow is not allowed for this client');
    tokens = await redeemCode(ctx, client, form);
  } else if (grant === 'refresh_token') {
    const refreshed = await refreshTokens(ctx, required(form, 'refresh_token'), client);
    if (!refreshed.ok)
      throw new OAuthError('invalid_grant', `Refresh token is ${refreshed.reason}`);
    tokens = refreshed.tokens;
  } else if (grant === 'client_credentials' || grant === 'password') {
    throw new OAuthError('unauthorized_client', `${grant} is not allowed for this client`);
  } else {
    throw new OAuthError(
      'unsupported_grant_type',
      'grant_type must be authorization_code or refresh_token',
    );
  }
  setNoStore(res);
  sendJson(res, 200, {
    ...(tokens.idToken ? { id_token: tokens.idToken } : {}),
    access_token: tokens.accessToken,
    ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
    expires_in: tokens.expiresIn,
    token_type: 'Bearer',
  });
});
