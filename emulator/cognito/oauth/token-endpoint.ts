import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';
import type { PoolContext } from '../pool-context';
import { findClient, type AppClientConfig } from '../pool-config';
import { checkRefreshToken, issueTokens, type IssuedTokens } from '../token-service';
import {
  answerPreflight,
  clientIdOf,
  OAuthError,
  readOAuthForm,
  sendOAuthError,
  setOpenCors,
} from './oauth-response';

const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

function required(form: Map<string, string>, name: string): string {
  const value = form.get(name);
  if (!value) throw new OAuthError('invalid_request', `${name} is required`);
  return value;
}

function redeemCode(
  ctx: PoolContext,
  client: AppClientConfig,
  form: Map<string, string>,
): IssuedTokens {
  const code = required(form, 'code');
  const redirectUri = required(form, 'redirect_uri');
  const verifier = form.get('code_verifier');
  const record = ctx.state.authCodes.get(code);
  // Single use: the code is gone whatever happens next.
  ctx.state.authCodes.delete(code);
  if (!record) {
    const redeemed = ctx.state.redeemedCodes.get(code);
    if (redeemed) {
      // A replayed code: revoke what the first redemption produced (RFC 6749 §4.1.2).
      const family = ctx.state.tokenFamilies.get(redeemed.originJti);
      if (family) family.revokedAt ??= ctx.clock.now();
      ctx.persist();
    }
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
  const user = ctx.state.users.get(record.username);
  if (!user || !user.enabled || user.status !== 'CONFIRMED')
    throw new OAuthError('invalid_grant', 'The user can no longer sign in');
  const tokens = issueTokens(ctx, {
    user,
    client,
    scopes: record.scopes,
    authTime: record.authTime,
    oauth: true,
    nonce: record.nonce,
    withRefreshToken: true,
  });
  ctx.state.redeemedCodes.set(code, {
    originJti: tokens.originJti,
    expiresAt: ctx.clock.now() + 10 * 60_000,
  });
  return tokens;
}

function refresh(
  ctx: PoolContext,
  client: AppClientConfig,
  form: Map<string, string>,
): IssuedTokens {
  const token = required(form, 'refresh_token');
  const checked = checkRefreshToken(ctx, token, client.clientId);
  if (!checked.ok) throw new OAuthError('invalid_grant', `Refresh token is ${checked.reason}`);
  const { family, user } = checked;
  return issueTokens(ctx, {
    user,
    client,
    scopes: family.scopes,
    authTime: family.authTime,
    oauth: family.oauth,
    family,
    withRefreshToken: false,
  });
}

/** POST /oauth2/token: authorization_code (+PKCE S256) and refresh_token for the public client. */
export async function tokenEndpoint(
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method === 'OPTIONS') return answerPreflight(res, 'POST, OPTIONS');
  setOpenCors(res);
  try {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      throw new OAuthError('invalid_request', 'Use POST', 405);
    }
    const form = await readOAuthForm(req);
    const clientId = clientIdOf(req, form);
    const client = findClient(ctx.config, clientId);
    if (!client) throw new OAuthError('invalid_client', 'Unknown client_id');
    const grant = form.get('grant_type');
    if (!grant) throw new OAuthError('invalid_request', 'grant_type is required');
    let tokens: IssuedTokens;
    if (grant === 'authorization_code') {
      if (!client.allowedOAuthFlows.includes('code'))
        throw new OAuthError('unauthorized_client', 'The code flow is not allowed for this client');
      tokens = redeemCode(ctx, client, form);
    } else if (grant === 'refresh_token') {
      tokens = refresh(ctx, client, form);
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
  } catch (error) {
    if (error instanceof OAuthError) return sendOAuthError(res, error);
    throw error;
  }
}
