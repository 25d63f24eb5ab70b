// The local test IdP's authorize parameters, checked as a strict OpenID provider would: an
// unknown client or redirect_uri gets an error page; the rest goes back to the redirect_uri.

import { authorizeParams } from '../cognito/oauth/authorize-request';
import type { TestIdpClient } from './test-idp-context';

export interface IdpAuthorizeRequest {
  readonly redirectUri: string;
  readonly state: string | undefined;
  readonly scopes: readonly string[];
  readonly nonce: string | undefined;
  readonly codeChallenge: string | undefined;
  /** The parameters as received: the sign-in page posts back to the same URL. */
  readonly query: URLSearchParams;
}

export type IdpAuthorizeCheck =
  | { ok: true; request: IdpAuthorizeRequest }
  | { ok: false; kind: 'page'; description: string }
  | { ok: false; kind: 'redirect'; location: string };

const maxState = 4096;
const maxNonce = 1024;
const maxScope = 1024;
const challengePattern = /^[A-Za-z0-9_-]{43}$/;

export function checkIdpAuthorize(
  client: TestIdpClient,
  params: URLSearchParams,
): IdpAuthorizeCheck {
  const page = (description: string): IdpAuthorizeCheck => ({
    ok: false,
    kind: 'page',
    description,
  });
  const repeated = authorizeParams.find((name) => params.getAll(name).length > 1);
  if (repeated) return page(`The parameter ${repeated} was sent more than once.`);
  if (params.get('client_id') !== client.clientId) return page('Unknown client_id.');
  const redirectUri = params.get('redirect_uri');
  if (redirectUri !== client.redirectUri)
    return page('The redirect_uri is not the one registered for this client.');
  const state = params.get('state') ?? undefined;
  if (state !== undefined && state.length > maxState) return page('The state is too long.');
  const fail = (error: string, description: string): IdpAuthorizeCheck => {
    const out = new URLSearchParams({ error, error_description: description });
    if (state !== undefined) out.set('state', state);
    return { ok: false, kind: 'redirect', location: `${redirectUri}?${out.toString()}` };
  };
  if (params.get('response_type') !== 'code')
    return fail('unsupported_response_type', 'Only response_type=code is supported.');
  const scope = params.get('scope') ?? '';
  if (scope.length > maxScope) return fail('invalid_scope', 'The scope is too long.');
  const scopes = scope.split(' ').filter((s) => s !== '');
  if (!scopes.includes('openid')) return fail('invalid_scope', 'The openid scope is required.');
  const nonce = params.get('nonce') ?? undefined;
  if (nonce !== undefined && nonce.length > maxNonce)
    return fail('invalid_request', 'The nonce is too long.');
  const challenge = params.get('code_challenge') ?? undefined;
  const method = params.get('code_challenge_method');
  if (challenge !== undefined && (method !== 'S256' || !challengePattern.test(challenge)))
    return fail('invalid_request', 'PKCE needs a 43-character S256 code_challenge.');
  if (challenge === undefined && method !== null)
    return fail('invalid_request', 'code_challenge_method without code_challenge.');
  return {
    ok: true,
    request: { redirectUri, state, scopes, nonce, codeChallenge: challenge, query: params },
  };
}
