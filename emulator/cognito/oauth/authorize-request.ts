import { isIdpIdentifier } from '../../../contract/identity-provider-name';
import type { IdentityProviderConfig } from '../federation/identity-provider-config';
import { findClient, type AppClientConfig, type PoolConfig } from '../pool-config';

/** A validated /oauth2/authorize request; `query` is what hosted pages carry from step to step. */
export interface AuthorizeRequest {
  readonly client: AppClientConfig;
  readonly responseType: 'code' | 'token';
  readonly redirectUri: string;
  readonly state: string | undefined;
  readonly scopes: readonly string[];
  readonly nonce: string | undefined;
  readonly codeChallenge: string | undefined;
  /** Set by identity_provider / idp_identifier naming a federated provider: skip the login page. */
  readonly identityProvider: IdentityProviderConfig | undefined;
  readonly query: URLSearchParams;
}

export type AuthorizeCheck =
  | { ok: true; request: AuthorizeRequest }
  /** The client or redirect_uri cannot be trusted: show our error page, never redirect. */
  | { ok: false; kind: 'page'; error: string; description: string }
  /** The client and redirect_uri are fine: send the error back to the app. */
  | { ok: false; kind: 'redirect'; location: string };

const maxState = 4096;
const maxNonce = 1024;
const challengePattern = /^[A-Za-z0-9_-]{43}$/;
/** The OAuth parameters of an authorize request (each allowed once). */
export const authorizeParams = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'scope',
  'nonce',
  'code_challenge',
  'code_challenge_method',
] as const;
const carried: readonly string[] = authorizeParams;
/** Checked once each but not carried: the hosted pages are for COGNITO sign-in. */
const providerParams = ['identity_provider', 'idp_identifier'];

/** Appends parameters to a redirect URI (query for code, fragment for token), keeping its own query. */
export function appendToRedirect(
  uri: string,
  params: URLSearchParams,
  inFragment: boolean,
): string {
  const text = params.toString();
  if (inFragment) return `${uri}#${text}`;
  return `${uri}${uri.includes('?') ? '&' : '?'}${text}`;
}

/**
 * The federated provider identity_provider or idp_identifier names (undefined for COGNITO or
 * neither), or why the request cannot use it. UNCONFIRMED: Cognito's texts for an unknown or
 * disallowed provider (docs/emulator.md); both refuse, and both parameters together too.
 */
function federatedProvider(
  config: PoolConfig,
  client: AppClientConfig,
  params: URLSearchParams,
): { provider: IdentityProviderConfig | undefined } | string {
  const name = params.get('identity_provider');
  const identifier = params.get('idp_identifier');
  if (name !== null && identifier !== null)
    return 'Send identity_provider or idp_identifier, not both';
  const providers = config.identityProviders ?? [];
  let provider: IdentityProviderConfig | undefined;
  if (name !== null) {
    if (name === 'COGNITO') return { provider: undefined };
    provider = providers.find((p) => p.name === name);
    if (!provider) return 'The identity provider in identity_provider does not exist in this pool';
  } else if (identifier !== null) {
    if (!isIdpIdentifier(identifier)) return 'idp_identifier is not a valid identifier';
    const lower = identifier.toLowerCase();
    provider = providers.find((p) =>
      (p.idpIdentifiers ?? []).some((i) => i.toLowerCase() === lower),
    );
    if (!provider) return 'No identity provider of this pool has that idp_identifier';
  } else {
    return { provider: undefined };
  }
  if (!client.identityProviders.includes(provider.name))
    return 'Login option is not available. Please try another one';
  return { provider };
}

/**
 * Validates authorize parameters in Cognito's order: client, then redirect_uri (error page),
 * then everything else (error redirect to the app with `state`).
 */
export function checkAuthorizeRequest(config: PoolConfig, params: URLSearchParams): AuthorizeCheck {
  const page = (error: string, description: string): AuthorizeCheck => ({
    ok: false,
    kind: 'page',
    error,
    description,
  });
  for (const name of [...carried, ...providerParams]) {
    if (params.getAll(name).length > 1)
      return page('invalid_request', `The parameter ${name} was sent more than once.`);
  }
  const clientId = params.get('client_id');
  if (!clientId)
    return page('invalid_request', 'Missing required parameter client_id in request URL');
  const client = findClient(config, clientId);
  if (!client)
    return page('invalid_client', 'The client_id is not an app client of this user pool.');
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return page('invalid_request', 'Required parameters missing: redirect_uri');
  if (!client.callbackUrls.includes(redirectUri)) {
    return page(
      'redirect_mismatch',
      'The redirect_uri is not one of the callback URLs registered for this app client (exact match required).',
    );
  }
  const state = params.get('state') ?? undefined;
  if (state !== undefined && state.length > maxState)
    return page('invalid_request', `The state parameter is longer than ${maxState} characters.`);
  const rawType = params.get('response_type');
  const responseType = rawType === 'code' || rawType === 'token' ? rawType : undefined;
  const fail = (error: string, description: string): AuthorizeCheck => {
    const out = new URLSearchParams({ error, error_description: description });
    if (state !== undefined) out.set('state', state);
    return {
      ok: false,
      kind: 'redirect',
      location: appendToRedirect(redirectUri, out, responseType === 'token'),
    };
  };
  if (!rawType) return fail('invalid_request', 'response_type is required');
  if (!responseType)
    return fail('unsupported_response_type', 'response_type must be code or token');
  const flow = responseType === 'code' ? 'code' : 'implicit';
  if (!client.allowedOAuthFlows.includes(flow))
    return fail('unauthorized_client', `The ${flow} flow is not allowed for this client`);
  const scopeParam = params.get('scope');
  const scopes =
    scopeParam === null || scopeParam.trim() === ''
      ? [...client.allowedOAuthScopes]
      : scopeParam.split(' ').filter((s) => s !== '');
  if (scopes.some((s) => !client.allowedOAuthScopes.includes(s)))
    return fail('invalid_scope', 'A requested scope is not allowed for this client');
  if (new Set(scopes).size !== scopes.length) return fail('invalid_scope', 'A scope is repeated');
  if (
    scopes.some((s) => s === 'email' || s === 'phone' || s === 'profile') &&
    !scopes.includes('openid')
  ) {
    return fail('invalid_scope', 'The email, phone and profile scopes require openid');
  }
  const nonce = params.get('nonce') ?? undefined;
  if (nonce !== undefined && nonce.length > maxNonce)
    return fail('invalid_request', 'nonce is too long');
  const federated = federatedProvider(config, client, params);
  if (typeof federated === 'string') return fail('invalid_request', federated);
  const method = params.get('code_challenge_method');
  const challenge = params.get('code_challenge') ?? undefined;
  if (method !== null && method !== 'S256')
    return fail('invalid_request', 'code_challenge_method must be S256');
  if (challenge !== undefined && method === null)
    return fail(
      'invalid_request',
      'code_challenge_method is required with code_challenge (only S256 is supported)',
    );
  if (method !== null && challenge === undefined)
    return fail('invalid_request', 'code_challenge is required with code_challenge_method');
  if (challenge !== undefined && !challengePattern.test(challenge))
    return fail('invalid_request', 'code_challenge must be 43 base64url characters (S256)');
  if (responseType === 'code' && client.requirePkce && challenge === undefined) {
    return fail(
      'invalid_request',
      'This client requires PKCE: send code_challenge with code_challenge_method=S256',
    );
  }
  if (responseType === 'token' && challenge !== undefined)
    return fail('invalid_request', 'PKCE applies to response_type=code only');
  const query = new URLSearchParams();
  for (const name of carried) {
    const value = params.get(name);
    if (value !== null) query.set(name, value);
  }
  return {
    ok: true,
    request: {
      client,
      responseType,
      redirectUri,
      state,
      scopes,
      nonce,
      codeChallenge: challenge,
      identityProvider: federated.provider,
      query,
    },
  };
}
