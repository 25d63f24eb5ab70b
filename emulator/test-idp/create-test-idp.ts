// The local test IdP: a small OpenID provider on the emulator's own server, under
// `<origin>/_test-idp`, standing in for Google offline (docs/emulator.md, "Federation").
// Discovery, JWKS, authorize (a page to pick or create a test identity), token, userinfo.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../contract/clock';
import type { SecretSource } from '../http/csrf';
import { sendJson } from '../http/respond';
import type { TestIdentity } from './test-identity';
import { createTestIdpKeys } from './test-idp-keys';
import { testIdpAuthorize } from './test-idp-authorize';
import { testIdpPath, type TestIdpClient, type TestIdpContext } from './test-idp-context';
import { testIdpToken, testIdpUserInfo } from './test-idp-token';

export { testIdpPath } from './test-idp-context';

export interface TestIdp {
  readonly issuer: string;
  readonly client: TestIdpClient;
  /** The endpoints, as discovery names them. */
  readonly endpoints: {
    readonly authorize: string;
    readonly token: string;
    readonly userInfo: string;
    readonly jwks: string;
  };
  /** Answers the IdP's paths; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  identities(): readonly TestIdentity[];
  /** Memory hygiene: drops expired codes and tokens. */
  sweep(): void;
}

export interface TestIdpOptions {
  /** The emulator's origin, no trailing slash. */
  readonly origin: string;
  readonly client: TestIdpClient;
  readonly clock: Clock;
  readonly ids: SecretSource;
  readonly initialIdentities?: readonly TestIdentity[] | undefined;
  readonly saveIdentities?: ((identities: readonly TestIdentity[]) => void) | undefined;
}

export function createTestIdp(options: TestIdpOptions): TestIdp {
  const issuer = `${options.origin}${testIdpPath}`;
  const endpoints = {
    authorize: `${issuer}/authorize`,
    token: `${issuer}/token`,
    userInfo: `${issuer}/userinfo`,
    jwks: `${issuer}/jwks.json`,
  };
  const identities = new Map((options.initialIdentities ?? []).map((i) => [i.subject, i]));
  const idp: TestIdpContext = {
    issuer,
    client: options.client,
    clock: options.clock,
    ids: options.ids,
    keys: createTestIdpKeys(),
    identities,
    codes: new Map(),
    accessTokens: new Map(),
    identitiesChanged: () => options.saveIdentities?.([...identities.values()]),
  };
  const discovery = {
    issuer,
    authorization_endpoint: endpoints.authorize,
    token_endpoint: endpoints.token,
    userinfo_endpoint: endpoints.userInfo,
    jwks_uri: endpoints.jwks,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'email', 'profile'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: ['authorization_code'],
    claims_supported: ['sub', 'email', 'email_verified', 'name'],
  };
  const wellKnown = (res: ServerResponse, body: unknown) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-cache');
    sendJson(res, 200, body);
  };
  return {
    issuer,
    client: options.client,
    endpoints,
    async handle(req, res, url) {
      const path = url.pathname;
      if (path !== testIdpPath && !path.startsWith(`${testIdpPath}/`)) return false;
      const rest = path.slice(testIdpPath.length);
      if (rest === '/.well-known/openid-configuration') wellKnown(res, discovery);
      else if (rest === '/jwks.json') wellKnown(res, idp.keys.jwks());
      else if (rest === '/authorize') await testIdpAuthorize(idp, req, res, url);
      else if (rest === '/token') {
        this.sweep();
        await testIdpToken(idp, req, res);
      } else if (rest === '/userinfo') testIdpUserInfo(idp, req, res);
      else return false;
      return true;
    },
    identities: () => [...identities.values()],
    sweep() {
      const now = options.clock.now();
      for (const map of [idp.codes, idp.accessTokens] as Map<string, { expiresAt: number }>[])
        for (const [key, value] of map) if (value.expiresAt <= now) map.delete(key);
    },
  };
}
