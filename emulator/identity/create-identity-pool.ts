// The product's identity pool as the emulator serves it (apiAuth `iam`): the JSON API beside
// the user pool's, and the credentials it issued for the local gateway's SigV4 check.
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../contract/clock';
import type { IdentityPoolDefinition } from '../../contract/identity-pool-definition';
import type { IdTokenCheck } from '../cognito/check-id-token';
import { roleArnOf } from '../iam/assumed-role';
import type { CredentialLookup } from '../iam/temporary-credentials';
import type { JsonFile } from '../persistence/atomic-json-file';
import { handleIdentityApi } from './handle-identity-api';
import type { IdentityPoolContext } from './identity-pool-context';
import { providerNameOf } from './identity-pool-context';
import { createIdentityRecords, type StoredIdentities } from './identity-records';

export interface IdentityPoolOptions {
  readonly definition: IdentityPoolDefinition;
  readonly region: string;
  readonly accountId: string;
  /** The user pool's issuer and app client: the one login provider. */
  readonly issuer: string;
  readonly clientId: string;
  /** Overrides the definition's lifetime (tests watch credentials expire). */
  readonly credentialsSeconds?: number;
  readonly clock: Clock;
  /** The user pool: its ID token check and its JSON API's CORS gate (the same origin). */
  readonly userPool: {
    checkIdToken(token: string): IdTokenCheck;
    admitJsonApiCaller(req: IncomingMessage, res: ServerResponse): void;
  };
  /** Where identities and credentials are kept (null = memory only), and what it held. */
  readonly file: JsonFile<StoredIdentities> | null;
  readonly stored: StoredIdentities | undefined;
  readonly log: (line: string) => void;
}

export interface IdentityPool {
  readonly identityPoolId: string;
  readonly roleArn: string;
  /** The issued credentials, for the gateway's AWS_IAM authorizer. */
  readonly credentials: CredentialLookup;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** The authenticated role's name offline (the CDK stack names its own). */
export const localAuthenticatedRoleName = 'transactions-identity-authenticated';

export function createIdentityPool(options: IdentityPoolOptions): IdentityPool {
  const records = createIdentityRecords(options.stored, options.file, () => options.clock.now());
  let openIdKey: { kid: string; privateKey: KeyObject } | undefined;
  const ctx: IdentityPoolContext = {
    identityPoolId: options.definition.localIdentityPoolId,
    name: options.definition.name,
    region: options.region,
    accountId: options.accountId,
    roleArn: roleArnOf(options.accountId, localAuthenticatedRoleName),
    providerName: providerNameOf(options.issuer),
    clientId: options.clientId,
    credentialsSeconds: options.credentialsSeconds ?? options.definition.credentialsSeconds,
    clock: options.clock,
    records,
    checkIdToken: (token) => options.userPool.checkIdToken(token),
    uuid: () => randomUUID(),
    randomBytes: (size) => randomBytes(size),
    openIdKey() {
      openIdKey ??= {
        kid: `${options.region}-1`,
        privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      };
      return openIdKey;
    },
  };
  const admit = (req: IncomingMessage, res: ServerResponse) =>
    options.userPool.admitJsonApiCaller(req, res);
  const deps = { ctx, admit, log: options.log };
  return {
    identityPoolId: ctx.identityPoolId,
    roleArn: ctx.roleArn,
    credentials: records,
    handle: (req, res) => handleIdentityApi(deps, req, res),
  };
}
