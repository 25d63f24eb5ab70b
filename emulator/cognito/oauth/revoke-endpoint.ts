import type { IncomingMessage, ServerResponse } from 'node:http';
import { setNoStore } from '../../http/security-headers';
import type { PoolContext } from '../pool-context';
import { findClient } from '../pool-config';
import { revokeRefreshToken } from '../token-service';
import {
  answerPreflight,
  clientIdOf,
  OAuthError,
  readOAuthForm,
  sendOAuthError,
  setOpenCors,
} from './oauth-response';

/**
 * POST /oauth2/revoke: refresh tokens only (JWTs get unsupported_token_type); unknown or
 * already-revoked tokens still get 200, as RFC 7009 and Cognito do.
 */
export async function revokeEndpoint(
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
    const clientId = clientIdOf(req, form, 401);
    if (!findClient(ctx.config, clientId))
      throw new OAuthError('invalid_client', 'Unknown client_id', 401);
    const token = form.get('token');
    if (!token) throw new OAuthError('invalid_request', 'token is required');
    if (token.split('.').length === 3)
      throw new OAuthError('unsupported_token_type', 'Only refresh tokens can be revoked');
    if (revokeRefreshToken(ctx, token, clientId) === 'otherClient') {
      throw new OAuthError('invalid_request', 'The token was not issued to this client');
    }
    setNoStore(res);
    res.statusCode = 200;
    res.setHeader('Content-Length', 0);
    res.end();
  } catch (error) {
    if (error instanceof OAuthError) return sendOAuthError(res, error);
    throw error;
  }
}
