import { setNoStore } from '../../http/security-headers';
import { revokeRefreshToken } from '../token-service';
import { defineOAuthEndpoint, OAuthError } from './oauth-response';

/**
 * POST /oauth2/revoke: refresh tokens only (JWTs get unsupported_token_type); unknown or
 * already-revoked tokens still get 200, as RFC 7009 and Cognito do.
 */
export const revokeEndpoint = defineOAuthEndpoint(401, (ctx, client, form, res) => {
  const token = form.get('token');
  if (!token) throw new OAuthError('invalid_request', 'token is required');
  if (token.split('.').length === 3)
    throw new OAuthError('unsupported_token_type', 'Only refresh tokens can be revoked');
  if (revokeRefreshToken(ctx, token, client.clientId) === 'otherClient') {
    throw new OAuthError('invalid_request', 'The token was not issued to this client');
  }
  setNoStore(res);
  res.statusCode = 200;
  res.setHeader('Content-Length', 0);
  res.end();
});
