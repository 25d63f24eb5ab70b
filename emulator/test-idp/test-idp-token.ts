// POST <issuer>/token (authorization_code only) and GET <issuer>/userinfo. The client
// authenticates with client_secret_post, as Cognito does, or client_secret_basic; PKCE S256 is
// checked when the code was issued with a challenge.

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sameSecret } from '../cognito/client-secret';
import { readForm } from '../http/form';
import { sendJson } from '../http/respond';
import { setNoStore } from '../http/security-headers';
import type { TestIdentity } from './test-identity';
import { idpTokenSeconds, type TestIdpContext } from './test-idp-context';

const formLimit = 8 * 1024;

class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The client's id and secret, from the form or the Basic header (never both). */
function clientCredentials(req: IncomingMessage, form: ReadonlyMap<string, string>) {
  const header = req.headers.authorization;
  const posted = form.get('client_secret');
  if (header !== undefined && posted !== undefined)
    throw new TokenError(400, 'invalid_request', 'Use one client authentication method.');
  if (header !== undefined) {
    const basic = /^Basic ([A-Za-z0-9+/=]{1,1024})$/.exec(header);
    const decoded = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new TokenError(401, 'invalid_client', 'Bad client authentication.');
    try {
      return {
        id: decodeURIComponent(decoded.slice(0, colon)),
        secret: decodeURIComponent(decoded.slice(colon + 1)),
      };
    } catch {
      // A malformed %-escape is a bad credential, not a server fault.
      throw new TokenError(401, 'invalid_client', 'Bad client authentication.');
    }
  }
  return { id: form.get('client_id') ?? '', secret: posted ?? '' };
}

/** The ID token's profile claims the granted scopes allow. */
export function identityClaims(
  identity: TestIdentity,
  scopes: readonly string[],
): Record<string, unknown> {
  return {
    sub: identity.subject,
    ...(scopes.includes('email')
      ? { email: identity.email, email_verified: identity.emailVerified }
      : {}),
    ...(scopes.includes('profile') && identity.name !== '' ? { name: identity.name } : {}),
  };
}

async function redeem(idp: TestIdpContext, req: IncomingMessage): Promise<Record<string, unknown>> {
  const form = await readForm(
    req,
    formLimit,
    () => new TokenError(400, 'invalid_request', 'Bad form.'),
  );
  const client = clientCredentials(req, form);
  if (client.id !== idp.client.clientId || !sameSecret(client.secret, idp.client.clientSecret))
    throw new TokenError(401, 'invalid_client', 'Client authentication failed.');
  if (form.get('grant_type') !== 'authorization_code')
    throw new TokenError(400, 'unsupported_grant_type', 'Only authorization_code is supported.');
  const codeValue = form.get('code') ?? '';
  // Single use: taken before anything else is checked, so a second try never works.
  const code = idp.codes.get(codeValue);
  idp.codes.delete(codeValue);
  const now = idp.clock.now();
  if (!code || code.expiresAt <= now || code.clientId !== client.id)
    throw new TokenError(400, 'invalid_grant', 'The code is invalid or expired.');
  if (form.get('redirect_uri') !== code.redirectUri)
    throw new TokenError(400, 'invalid_grant', 'The redirect_uri does not match.');
  if (code.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier') ?? '';
    const hashed = createHash('sha256').update(verifier).digest('base64url');
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || hashed !== code.codeChallenge)
      throw new TokenError(400, 'invalid_grant', 'The code_verifier does not match.');
  }
  const identity = idp.identities.get(code.subject);
  if (!identity) throw new TokenError(400, 'invalid_grant', 'The identity no longer exists.');
  const iat = Math.floor(now / 1000);
  const idToken = await idp.keys.sign({
    iss: idp.issuer,
    aud: client.id,
    azp: client.id,
    iat,
    exp: iat + idpTokenSeconds,
    auth_time: code.authTime,
    ...(code.nonce === undefined ? {} : { nonce: code.nonce }),
    ...identityClaims(identity, code.scopes),
  });
  const accessToken = idp.ids.secret(32);
  idp.accessTokens.set(accessToken, {
    subject: identity.subject,
    scopes: code.scopes,
    expiresAt: now + idpTokenSeconds * 1000,
  });
  return {
    access_token: accessToken,
    id_token: idToken,
    token_type: 'Bearer',
    expires_in: idpTokenSeconds,
    scope: code.scopes.join(' '),
  };
}

/** Answers <issuer>/token. */
export async function testIdpToken(
  idp: TestIdpContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  setNoStore(res);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
  }
  try {
    sendJson(res, 200, await redeem(idp, req));
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    sendJson(res, error.status, { error: error.code, error_description: error.message });
  }
}

/** Answers <issuer>/userinfo for a live access token. */
export function testIdpUserInfo(idp: TestIdpContext, req: IncomingMessage, res: ServerResponse) {
  setNoStore(res);
  const token = /^Bearer ([A-Za-z0-9_-]{1,256})$/.exec(req.headers.authorization ?? '')?.[1];
  const grant = token === undefined ? undefined : idp.accessTokens.get(token);
  const identity =
    grant && grant.expiresAt > idp.clock.now() ? idp.identities.get(grant.subject) : undefined;
  if (!grant || !identity) {
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    return sendJson(res, 401, { error: 'invalid_token' });
  }
  sendJson(res, 200, identityClaims(identity, grant.scopes));
}
