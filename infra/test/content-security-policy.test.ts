import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../lib/content-security-policy';

const origins = {
  cognitoDomain: 'https://acme.auth.eu-west-1.amazoncognito.com',
  issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123',
  apiOrigin: 'https://abc123.execute-api.eu-west-1.amazonaws.com',
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name!, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const csp = directives(buildContentSecurityPolicy(origins));

  it('limits connect-src to the site, the Cognito domain, the issuer (as a prefix) and the API', () => {
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      origins.cognitoDomain,
      `${origins.issuer}/`,
      origins.apiOrigin,
    ]);
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'", origins.cognitoDomain]],
  ])('sets %s to %j', (name, values) => {
    expect(csp.get(name)).toEqual(values);
  });

  it('adds the identity pool endpoint to connect-src in iam mode only', () => {
    const identityEndpoint = 'https://cognito-identity.eu-west-1.amazonaws.com';
    const iam = directives(buildContentSecurityPolicy({ ...origins, identityEndpoint }));
    expect(iam.get('connect-src')).toEqual([...csp.get('connect-src')!, identityEndpoint]);
    expect(csp.get('connect-src')).not.toContain(identityEndpoint);
  });

  it('adds the User Pools JSON API origin when given (Profile on AWS)', () => {
    const withApi = directives(
      buildContentSecurityPolicy({
        ...origins,
        userPoolsApi: 'https://cognito-idp.eu-west-1.amazonaws.com',
      }),
    );
    expect(withApi.get('connect-src')).toEqual([
      "'self'",
      origins.cognitoDomain,
      `${origins.issuer}/`,
      'https://cognito-idp.eu-west-1.amazonaws.com',
      origins.apiOrigin,
    ]);
  });

  it('never allows inline or eval script', () => {
    expect(buildContentSecurityPolicy(origins)).not.toMatch(/unsafe-|\*/);
  });
});
