import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../test/builders';
import { buildCognitoMetadata } from './cognito-metadata';

describe('buildCognitoMetadata', () => {
  it('puts the OAuth endpoints under the domain and the JWKS under the issuer', () => {
    const config = buildConfig({
      authority: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12',
      domain: 'https://ledger.auth.eu-west-1.amazoncognito.com',
    });
    expect(buildCognitoMetadata(config)).toEqual({
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12',
      authorization_endpoint: 'https://ledger.auth.eu-west-1.amazoncognito.com/oauth2/authorize',
      token_endpoint: 'https://ledger.auth.eu-west-1.amazoncognito.com/oauth2/token',
      revocation_endpoint: 'https://ledger.auth.eu-west-1.amazoncognito.com/oauth2/revoke',
      userinfo_endpoint: 'https://ledger.auth.eu-west-1.amazoncognito.com/oauth2/userInfo',
      end_session_endpoint: 'https://ledger.auth.eu-west-1.amazoncognito.com/logout',
      jwks_uri: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12/.well-known/jwks.json',
    });
  });

  it('does not double the slash when the domain or authority ends with one', () => {
    const metadata = buildCognitoMetadata({
      authority: 'http://127.0.0.1:9229/local_Pool1/',
      domain: 'http://127.0.0.1:9229//',
    });
    expect(metadata.issuer).toBe('http://127.0.0.1:9229/local_Pool1');
    expect(metadata.token_endpoint).toBe('http://127.0.0.1:9229/oauth2/token');
    expect(metadata.jwks_uri).toBe('http://127.0.0.1:9229/local_Pool1/.well-known/jwks.json');
  });
});
