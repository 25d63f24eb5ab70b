import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';
import { CognitoError } from '../cognito-error';
import { mayRead } from '../client-attributes';
import type { PoolContext } from '../pool-context';
import { findClient } from '../pool-config';
import { verifyAccessToken } from '../token-service';
import { profileClaims, subOf } from '../user-attributes';
import { answerPreflight, setOpenCors } from './oauth-response';

function fail(res: ServerResponse, status: 400 | 401, error: string, description: string): void {
  res.setHeader('WWW-Authenticate', `error="${error}", error_description="${description}"`);
  setNoStore(res);
  sendJson(res, status, { error, error_description: description });
}

/** GET|POST /oauth2/userInfo: attributes allowed by the token's scopes, booleans as strings. */
export function userInfoEndpoint(
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method === 'OPTIONS') return answerPreflight(res, 'GET, POST, OPTIONS');
  setOpenCors(res);
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    return fail(res, 400, 'invalid_request', 'Bad OAuth2 request at UserInfo Endpoint');
  }
  const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(req.headers.authorization ?? '');
  if (!m) return fail(res, 400, 'invalid_request', 'Bad OAuth2 request at UserInfo Endpoint');
  const revoked =
    'Access token is expired, disabled, or deleted, or the user has globally signed out.';
  let verified;
  try {
    verified = verifyAccessToken(ctx, m[1]!);
  } catch (error) {
    if (error instanceof CognitoError) return fail(res, 401, 'invalid_token', revoked);
    throw error;
  }
  const scopes = String(verified.claims.scope ?? '').split(' ');
  if (!scopes.includes('openid')) return fail(res, 401, 'invalid_token', revoked);
  const { user } = verified;
  const client = findClient(ctx.config, verified.family.clientId);
  if (!client) return fail(res, 401, 'invalid_token', revoked);
  const narrowed = scopes.some((s) => s === 'email' || s === 'profile' || s === 'phone');
  const body: Record<string, string> = { sub: subOf(user) };
  for (const [k, v] of Object.entries(user.attributes)) {
    if (!mayRead(client, k)) continue;
    // `profile` carries the custom attributes too (cognito-behavior §6.1).
    const isProfile = profileClaims.includes(k) || k.startsWith('custom:');
    const isPhone = k === 'phone_number';
    if (
      !narrowed ||
      (isProfile && scopes.includes('profile')) ||
      (isPhone && scopes.includes('phone'))
    )
      body[k] = v;
  }
  if (!narrowed || scopes.includes('email')) {
    if (mayRead(client, 'email_verified')) body.email_verified = String(user.emailVerified);
    if (mayRead(client, 'email')) body.email = user.email;
  }
  body.username = user.username;
  setNoStore(res);
  sendJson(res, 200, body);
}
