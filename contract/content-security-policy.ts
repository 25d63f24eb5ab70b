// The site's Content-Security-Policy, the one source for the deployed site (infra/) and the
// local preview server (emulator/preview-csp.ts). Scripts and styles come only from the site
// itself (no 'unsafe-inline'); the page may talk to exactly its own origin, the Cognito domain
// (token, revoke, userInfo), the issuer (discovery, JWKS), the User Pools JSON API (Profile's
// UpdateUserAttributes) and the API.

export interface CspOrigins {
  /** Cognito hosted UI base URL, e.g. `https://prefix.auth.eu-west-1.amazoncognito.com`. */
  readonly cognitoDomain: string;
  /** Issuer URL, e.g. `https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc`. */
  readonly issuer: string;
  /**
   * The User Pools JSON API origin on AWS, `https://cognito-idp.{region}.amazonaws.com`. Left
   * out offline: the emulator serves that API on the Cognito domain, already allowed.
   */
  readonly userPoolsApi?: string | undefined;
  /** API origin (scheme + host, no path), e.g. `https://abc.execute-api.eu-west-1.amazonaws.com`. */
  readonly apiOrigin: string;
  /** apiAuth `iam`: the Cognito Identity JSON API the SPA exchanges its ID token at. */
  readonly identityEndpoint?: string;
}

/**
 * Builds the CSP header value. Values may be CDK tokens (they are joined at deploy time).
 * The issuer is given with a trailing slash: a CSP source with a path and no trailing slash
 * matches that exact path only, and the SPA fetches `{issuer}/.well-known/...` below it.
 */
export function buildContentSecurityPolicy(origins: CspOrigins): string {
  const directives: readonly (readonly string[])[] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    [
      'connect-src',
      "'self'",
      origins.cognitoDomain,
      `${origins.issuer}/`,
      ...(origins.userPoolsApi === undefined ? [] : [origins.userPoolsApi]),
      origins.apiOrigin,
      ...(origins.identityEndpoint ? [origins.identityEndpoint] : []),
    ],
    ['form-action', "'self'", origins.cognitoDomain],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
    ['manifest-src', "'self'"],
    ['upgrade-insecure-requests'],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
