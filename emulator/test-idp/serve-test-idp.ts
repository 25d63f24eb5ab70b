// The emulator's local test IdP and the pool's providers it serves: every provider of the pool
// definition (offline, `Google`) signs in through it. Its client secret is new at each start and
// never leaves the process; its identities persist in <data>/cognito/test-idp.json.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../contract/clock';
import {
  userPoolDefinition,
  type IdentityProviderDefinition,
} from '../../contract/user-pool-definition';
import type { IdentityProviderConfig } from '../cognito/federation/identity-provider-config';
import type { IdSource } from '../cognito/pool-context';
import { createJsonFile } from '../persistence/atomic-json-file';
import { testIdpFileSchema, type TestIdpFile } from '../persistence/test-idp-file-schema';
import { sendInternalError } from '../http/respond';
import { createTestIdp, testIdpPath, type TestIdp } from './create-test-idp';

export const testIdpClientId = 'local-test-idp-client';

export interface ServedTestIdp {
  readonly idp: TestIdp;
  readonly providers: readonly IdentityProviderConfig[];
  /** Takes the request if its path is the IdP's (true), answering 404 for unknown IdP paths. */
  answer(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
}

export function serveTestIdp(input: {
  /** The emulator's origin (the IdP and the pool's /oauth2/idpresponse share it). */
  readonly origin: string;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** <data>/cognito, or null to keep the identities in memory. */
  readonly dir: string | null;
  /** Default: the pool definition's providers. */
  readonly definitions?: readonly IdentityProviderDefinition[];
  readonly log: (line: string) => void;
}): ServedTestIdp {
  const file =
    input.dir === null
      ? null
      : createJsonFile<TestIdpFile>(input.dir, 'test-idp.json', testIdpFileSchema);
  const client = {
    clientId: testIdpClientId,
    clientSecret: randomBytes(32).toString('base64url'),
    redirectUri: `${input.origin}/oauth2/idpresponse`,
  };
  const idp = createTestIdp({
    origin: input.origin,
    client,
    clock: input.clock,
    ids: input.ids,
    initialIdentities: file?.read()?.identities,
    saveIdentities: file ? (identities) => file.write({ version: 1, identities }) : undefined,
  });
  const createdAt = input.clock.now();
  const definitions = input.definitions ?? userPoolDefinition.identityProviders;
  const providers = definitions.map((definition): IdentityProviderConfig => ({
    ...definition,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    issuer: idp.issuer,
    authorizeUrl: idp.endpoints.authorize,
    tokenUrl: idp.endpoints.token,
    jwksUri: idp.endpoints.jwks,
    attributesUrl: idp.endpoints.userInfo,
    createdAt,
  }));
  return {
    idp,
    providers,
    answer(req, res, url) {
      if (url.pathname !== testIdpPath && !url.pathname.startsWith(`${testIdpPath}/`)) return false;
      idp.handle(req, res, url).then(
        (handled) => {
          if (!handled) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
        },
        (error: unknown) =>
          sendInternalError(res, input.log, '[test-idp] internal error', error, 'Internal error.'),
      );
      return true;
    },
  };
}
