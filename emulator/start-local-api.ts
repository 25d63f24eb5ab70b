// The offline Transactions API: DynamoDB Local (AWS's own) with the table the CDK stack
// creates, the real Lambda handler in-process, and the local API Gateway with its Cognito
// authorizer (or, under apiAuth lambda, the Lambda authorizer of authorizer/) in front. createEmulator() starts it next to the Cognito emulator.

import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { monotonicFactory } from 'ulid';
import { createHandler, type ApiHandler } from '../api/create-handler';
import { routeTable } from '../api/route-table';
import { createDocumentClient } from '../api/store/create-document-client';
import { createDynamoDbProfileStore } from '../api/store/dynamodb-profile-store';
import { createDynamoDbTransactionStore } from '../api/store/dynamodb-transaction-store';
import type { ProfileStore } from '../api/store/profile-store';
import { defaultTableName } from '../api/store/table-schema';
import type { ApiAuthMode, ApiTokenMode } from '../contract/api-modes';
import type { Clock } from '../contract/clock';
import { transactionLimits } from '../contract/transaction';
import type { PublicJwk } from './cognito/key-ring';
import { apiInvokePolicy, type ApiLocation } from '../api/api-invoke-policy';
import { authorizerFromEnv } from '../authorizer/authorizer-from-env';
import { createGateway } from './gateway/create-gateway';
import type { GatewayAuthorizers, ProbeRequest, ProbeResult } from './gateway/create-gateway';
import { createIamAuthorizer } from './gateway/create-iam-authorizer';
import { createLambdaAuthorizer } from './gateway/create-lambda-authorizer';
import type { PolicyDocument } from './iam/evaluate-policy';
import type { CredentialLookup } from './iam/temporary-credentials';
import { ensureTransactionsTable } from './store/ensure-transactions-table';
import type { DynamoDbCredentials } from './store/dynamodb-local-credentials';
import { createDynamoDbCredentials, dynamoDbLocalRegion } from './store/dynamodb-local-credentials';
import { startDynamoDbLocal } from './store/start-dynamodb-local';

export interface LocalApiOptions {
  readonly host: string;
  /** Gateway port; 0 = ephemeral. */
  readonly port: number;
  /** The emulator's data folder; the store keeps its file under `{dataDir}/dynamodb`. null = in memory. */
  readonly dataDir: string | null;
  /**
   * An already running DynamoDB Local to use instead of starting one (browser tests share one
   * across files). This API then takes a fresh random key on it: DynamoDB Local keeps one
   * database per key, so it sees an empty database of its own, and leaves the process running.
   */
  readonly sharedDynamoDbEndpoint?: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly jwks: () => { keys: PublicJwk[] };
  readonly allowedOrigins: readonly string[];
  readonly authHeader: string;
  readonly apiAuth: ApiAuthMode;
  /** Which token the Cognito methods take (`access`: the route table's scopes on each method). */
  readonly apiToken: ApiTokenMode;
  /**
   * apiAuth `iam`: the identity pool's issued credentials the AWS_IAM authorizer verifies
   * against, and the role policy it evaluates (default: api/api-invoke-policy.ts for this stage).
   */
  readonly iam?: { readonly credentials: CredentialLookup; readonly policy?: PolicyDocument };
  /** The emulator's clock: the gateway's token checks and cache, and the routes' timestamps. */
  readonly clock: Clock;
  readonly log: (line: string) => void;
}

export interface LocalApi {
  /** Base URL of the stage, e.g. http://127.0.0.1:9230/local */
  readonly url: string;
  /** DynamoDB Local's endpoint, for the AWS CLI/SDK (`--endpoint-url`). */
  readonly dynamoDbEndpoint: string;
  /** The key and region the data lives under (other keys see an empty database). */
  readonly dynamoDbCredentials: DynamoDbCredentials;
  readonly dynamoDbRegion: string;
  /** The real handler as the gateway invokes it (benchmarks put a second gateway in front). */
  readonly handler: ApiHandler;
  /** The profile items on the same table (the PostConfirmation trigger writes them). */
  readonly profiles: ProfileStore;
  /** The gateway's authorizer decision for a request it is not sent (the console's Test). */
  probe(request: ProbeRequest): Promise<ProbeResult>;
  /** Stops taking requests, e.g. to show the SPA's "API down" state in tests. */
  stop(): Promise<void>;
  /** Takes requests again on the same port after stop(). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Where the offline API is "deployed": method ARNs and the role policy name these. */
export const localApiLocation: ApiLocation = {
  region: 'local',
  accountId: '123456789012',
  apiId: 'localapi01',
  stage: 'local',
};

/** Folder (inside the data folder) that DynamoDB Local owns. */
export const storeDataFolder = 'dynamodb';

/**
 * The authorizer the mode needs beside the built-in Cognito one. apiAuth `iam`: SigV4 against
 * the identity pool's credentials and the role policy. apiAuth `lambda`: the Lambda authorizer
 * (authorizer/) in-process, configured through the same environment variables CDK gives the
 * deployed one, pointing at this emulator's pool.
 */
function authorizersFor(options: LocalApiOptions): GatewayAuthorizers {
  if (options.apiAuth === 'iam' && options.iam) {
    return {
      AWS_IAM: createIamAuthorizer({
        credentials: options.iam.credentials,
        policy: options.iam.policy ?? apiInvokePolicy(localApiLocation),
        region: localApiLocation.region,
        clock: options.clock,
      }),
    };
  }
  if (options.apiAuth !== 'lambda') return {};
  const invoke = authorizerFromEnv(
    {
      TOKEN_ISSUER: options.issuer,
      JWKS_URI: `${options.issuer}/.well-known/jwks.json`,
      APP_CLIENT_ID: options.clientId,
      TOKEN_HEADER: options.authHeader,
    },
    options.clock,
  );
  return {
    CUSTOM: createLambdaAuthorizer({
      invoke,
      identityHeader: options.authHeader,
      clock: options.clock,
      log: (line) => options.log(`[authorizer] ${line}`),
    }),
  };
}

/** Starts store, handler and gateway; everything is listening when the promise resolves. */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const dynamo =
    options.sharedDynamoDbEndpoint === undefined
      ? await startDynamoDbLocal({
          host: '127.0.0.1',
          port: 0,
          dataDir: options.dataDir === null ? null : join(options.dataDir, storeDataFolder),
        })
      : {
          endpoint: options.sharedDynamoDbEndpoint,
          credentials: createDynamoDbCredentials(),
          region: dynamoDbLocalRegion,
          close: () => Promise.resolve(),
        };
  try {
    const admin = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: dynamo.region,
      credentials: { ...dynamo.credentials },
    });
    await ensureTransactionsTable(admin, defaultTableName).finally(() => admin.destroy());
    const ulid = monotonicFactory();
    const documents = createDocumentClient({
      endpoint: dynamo.endpoint,
      region: dynamo.region,
      credentials: dynamo.credentials,
    });
    const profiles = createDynamoDbProfileStore({ client: documents, tableName: defaultTableName });
    const handler = createHandler({
      config: {
        tableName: defaultTableName,
        expectedIssuer: options.issuer,
        expectedClientId: options.clientId,
        allowedOrigins: options.allowedOrigins,
        dynamoDbEndpoint: dynamo.endpoint,
        apiAuth: options.apiAuth,
        apiToken: options.apiToken,
      },
      store: createDynamoDbTransactionStore({ client: documents, tableName: defaultTableName }),
      profiles,
      clock: options.clock,
      ids: () => ulid(),
      logger: {
        info: () => undefined,
        error: (message, attributes) =>
          options.log(`[api] ${message} ${JSON.stringify(attributes)}`),
      },
    });
    const gatewayOptions = {
      routes: routeTable,
      authorizers: authorizersFor(options),
      invoke: handler,
      issuer: options.issuer,
      getJwks: options.jwks,
      authHeader: options.authHeader,
      apiAuth: options.apiAuth,
      apiToken: options.apiToken,
      allowedOrigins: options.allowedOrigins,
      clock: options.clock,
      region: localApiLocation.region,
      accountId: localApiLocation.accountId,
      apiId: localApiLocation.apiId,
      stage: localApiLocation.stage,
      // Over the API's own limit the handler answers 413 from the first bytes; holding up to
      // API Gateway's 10 MB for that would only cost memory.
      integrationBodyBytes: transactionLimits.maxBodyBytes,
    };
    let gateway = createGateway(gatewayOptions);
    const url = await gateway.listen(options.port, options.host);
    const port = Number(new URL(url).port);
    let stopped = false;
    return {
      url,
      dynamoDbEndpoint: dynamo.endpoint,
      dynamoDbCredentials: dynamo.credentials,
      dynamoDbRegion: dynamo.region,
      handler,
      profiles,
      probe: (request) => gateway.probe(request),
      async stop() {
        if (stopped) return;
        stopped = true;
        await gateway.close();
      },
      async restart() {
        if (!stopped) return;
        gateway = createGateway(gatewayOptions);
        await gateway.listen(port, options.host);
        stopped = false;
      },
      async close() {
        if (!stopped) await gateway.close();
        stopped = true;
        await dynamo.close();
      },
    };
  } catch (error) {
    await dynamo.close();
    throw error;
  }
}
