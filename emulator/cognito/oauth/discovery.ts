import type { PoolConfig } from '../pool-config';

/**
 * The openid-configuration Cognito serves under the issuer (keys alphabetical, endpoints on
 * the domain). Additions over the 2023 capture: end_session_endpoint (advertised since 2024),
 * revocation_endpoint and code_challenge_methods_supported (so standard clients find them).
 */
export function discoveryDocument(config: PoolConfig): Record<string, unknown> {
  return {
    authorization_endpoint: `${config.domain}/oauth2/authorize`,
    code_challenge_methods_supported: ['S256'],
    ...(config.advertiseEndSession ? { end_session_endpoint: `${config.domain}/logout` } : {}),
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: config.issuer,
    jwks_uri: `${config.issuer}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: `${config.domain}/oauth2/revoke`,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: `${config.domain}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${config.domain}/oauth2/userInfo`,
  };
}
