// The offline Transactions API: DynamoDB Local (AWS's own) with the table the CDK stack
// creates, the real Lambda handler in-process, and the local API Gateway with its Cognito
// authorizer in front. createEmulator() starts it next to the Cognito emulator.

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
import type { Clock } from '../contract/clock';
import { transactionLimits } from '../contract/transaction';
import type { PublicJwk } from './cognito/key-ring';
import { createGateway } from './gateway/create-gateway';
import { ensureTransactionsTable } from './store/ensure-transactions-table';
import type { DynamoDbCredentials } from './store/dynamodb-local-credentials';
import { startDynamoDbLocal } from './store/start-dynamodb-local';

export interface LocalApiOptions {
  readonly host: string;
  /** Gateway port; 0 = ephemeral. */
  readonly port: number;
  /** The emulator's data folder; the store keeps its file under `{dataDir}/dynamodb`. null = in memory. */
  readonly dataDir: string | null;
  readonly issuer: string;
  readonly clientId: string;
  readonly jwks: () => { keys: PublicJwk[] };
  readonly allowedOrigins: readonly string[];
  readonly authHeader: string;
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
  /** Stops taking requests, e.g. to show the SPA's "API down" state in tests. */
  stop(): Promise<void>;
  /** Takes requests again on the same port after stop(). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Folder (inside the data folder) that DynamoDB Local owns. */
export const storeDataFolder = 'dynamodb';

/** Starts store, handler and gateway; everything is listening when the promise resolves. */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const dynamo = await startDynamoDbLocal({
    host: '127.0.0.1',
    port: 0,
    dataDir: options.dataDir === null ? null : join(options.dataDir, storeDataFolder),
  });
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
      invoke: handler,
      issuer: options.issuer,
      getJwks: options.jwks,
      authHeader: options.authHeader,
      allowedOrigins: options.allowedOrigins,
      clock: options.clock,
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
