// Step 4 of the round trip (cognito-extensions §7.3): the IdP's code for its tokens at its token
// endpoint (client_secret_post, as Cognito does), and the ID token verified: RS256 signature
// from the IdP's JWKS, issuer, audience, expiry against the shared clock, and our nonce.

import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { PoolContext } from '../pool-context';
import type { IdentityProviderConfig } from './identity-provider-config';
import { idpResponseUrl } from './start-federated-sign-in';

/** The IdP's answer could not be used; the message goes to the app as error_description. */
export class IdpExchangeError extends Error {
  override readonly name = 'IdpExchangeError';
}

const jwksByUri = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
const timeoutMs = 10_000;
const maxBody = 64 * 1024;

function jwksOf(uri: string) {
  let jwks = jwksByUri.get(uri);
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: timeoutMs });
    jwksByUri.set(uri, jwks);
  }
  return jwks;
}

async function postToken(
  ctx: PoolContext,
  provider: IdentityProviderConfig,
  code: string,
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(provider.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: idpResponseUrl(ctx),
        client_id: provider.clientId,
        client_secret: provider.clientSecret,
      }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    ctx.log(`[cognito] ${provider.name} token endpoint unreachable: ${String(error)}`);
    throw new IdpExchangeError('The identity provider could not be reached.');
  }
  const text = await res.text();
  if (text.length > maxBody)
    throw new IdpExchangeError('The identity provider answer is too large.');
  if (res.status !== 200) throw new IdpExchangeError('The identity provider refused the code.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new IdpExchangeError('The identity provider answer is not JSON.');
  }
  const idToken = (body as { id_token?: unknown }).id_token;
  if (typeof idToken !== 'string')
    throw new IdpExchangeError('The identity provider sent no id_token.');
  return idToken;
}

/** The IdP's verified ID-token claims for `code`. */
export async function exchangeIdpCode(
  ctx: PoolContext,
  provider: IdentityProviderConfig,
  code: string,
  nonce: string,
): Promise<JWTPayload> {
  const idToken = await postToken(ctx, provider, code);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, jwksOf(provider.jwksUri), {
      issuer: provider.issuer,
      audience: provider.clientId,
      algorithms: ['RS256'],
      currentDate: new Date(ctx.clock.now()),
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch (error) {
    ctx.log(`[cognito] ${provider.name} id_token refused: ${String(error)}`);
    throw new IdpExchangeError('The identity provider id_token is not valid.');
  }
  if (payload['nonce'] !== nonce)
    throw new IdpExchangeError('The identity provider id_token has the wrong nonce.');
  return payload;
}
