// The emulator's local test IdP and the pool's providers it serves: every provider of the pool
// definition (offline, `Google`) signs in through it. Its client secret is new at each start and
// never leaves the process; its identities persist in <data>/cognito/test-idp.json.

import { randomBytes } from 'node:crypto';
import type { Clock } from '../../contract/clock';
import type { IdentityProviderDefinition } from '../../contract/user-pool-definition';
import type { IdentityProviderConfig } from '../cognito/federation/identity-provider-config';
import type { IdSource } from '../cognito/pool-context';
import { createJsonFile } from '../persistence/atomic-json-file';
import { testIdpFileSchema, type TestIdpFile } from '../persistence/test-idp-file-schema';
import { createTestIdp, type TestIdp } from './create-test-idp';

export const testIdpClientId = 'local-test-idp-client';

export interface ServedTestIdp {
  readonly idp: TestIdp;
  readonly providers: readonly IdentityProviderConfig[];
}

export function serveTestIdp(input: {
  /** The emulator's origin (the IdP and the pool's /oauth2/idpresponse share it). */
  readonly origin: string;
  readonly clock: Clock;
  readonly ids: IdSource;
  /** <data>/cognito, or null to keep the identities in memory. */
  readonly dir: string | null;
  readonly definitions: readonly IdentityProviderDefinition[];
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
  const providers = input.definitions.map((definition): IdentityProviderConfig => ({
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
  return { idp, providers };
}
