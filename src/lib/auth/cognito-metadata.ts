import type { OidcMetadata } from 'oidc-client-ts';
import type { RuntimeConfig } from '../../../contract/runtime-config';

/** The endpoints oidc-client-ts uses, as Cognito fixes them. */
export type CognitoMetadata = Pick<
  OidcMetadata,
  | 'issuer'
  | 'authorization_endpoint'
  | 'token_endpoint'
  | 'revocation_endpoint'
  | 'userinfo_endpoint'
  | 'end_session_endpoint'
  | 'jwks_uri'
>;

const trimSlashes = (url: string) => url.replace(/\/+$/, '');

/**
 * Cognito's OIDC metadata from config.json alone: the OAuth endpoints are fixed paths under
 * the hosted-UI `domain`, the JWKS under the issuer (`authority`). Given to the UserManager, it
 * saves the discovery round trip before the token request; a test compares it with the
 * emulator's discovery document so the two cannot drift.
 */
export function buildCognitoMetadata(
  config: Pick<RuntimeConfig, 'authority' | 'domain'>,
): CognitoMetadata {
  const domain = trimSlashes(config.domain);
  const issuer = trimSlashes(config.authority);
  return {
    issuer,
    authorization_endpoint: `${domain}/oauth2/authorize`,
    token_endpoint: `${domain}/oauth2/token`,
    revocation_endpoint: `${domain}/oauth2/revoke`,
    userinfo_endpoint: `${domain}/oauth2/userInfo`,
    end_session_endpoint: `${domain}/logout`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
  };
}
