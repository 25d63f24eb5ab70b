// Runs the real handler in-process on a real DynamoDB Local with a fresh table, and calls
// it with events built like API Gateway's. Shared by the api-store-*.test.ts files.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { monotonicFactory } from 'ulid';
import type { ApiConfig } from '../../api/config';
import { createHandler } from '../../api/create-handler';
import type { HttpMethod } from '../../api/route-table';
import { createDocumentClient } from '../../api/store/create-document-client';
import { createDynamoDbTransactionStore } from '../../api/store/dynamodb-transaction-store';
import type { TransactionStore } from '../../api/store/transaction-store';
import {
  buildContext,
  buildProxyEvent,
  idTokenClaims,
  testClientId,
  testIssuer,
  testOrigin,
} from '../../api/testing/proxy-event-builder';
import { ensureTransactionsTable } from '../../emulator/store/ensure-transactions-table';
import { startDynamoDbLocal } from '../../emulator/store/start-dynamodb-local';

export interface CallSpec {
  readonly id?: string;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: APIGatewayProxyResult['headers'];
  readonly json: unknown;
}

export interface ApiHarness {
  /** Calls the handler as user `sub` (claims as the authorizer would give them). */
  call(sub: string, method: HttpMethod, resource: string, spec?: CallSpec): Promise<ApiResponse>;
  readonly store: TransactionStore;
  /** Direct table access, to seed states the API cannot reach quickly. */
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  close(): Promise<void>;
}

let tableCount = 0;

export async function startApiHarness(): Promise<ApiHarness> {
  const dynamo = await startDynamoDbLocal({ port: 0, dataDir: null });
  const raw = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tableName = `transactions-it-${process.pid}-${++tableCount}`;
  await ensureTransactionsTable(raw, tableName);
  const config: ApiConfig = {
    tableName,
    expectedIssuer: testIssuer,
    expectedClientId: testClientId,
    allowedOrigins: [testOrigin],
    dynamoDbEndpoint: dynamo.endpoint,
  };
  const documentClient = createDocumentClient({ endpoint: dynamo.endpoint });
  const store = createDynamoDbTransactionStore({ client: documentClient, tableName });
  const ulid = monotonicFactory();
  const handler = createHandler({
    config,
    store,
    clock: () => new Date(),
    ids: () => ulid(),
    logger: { info: () => undefined, error: (message, extra) => console.error(message, extra) },
  });
  return {
    store,
    documentClient,
    tableName,
    async call(sub, method, resource, spec = {}) {
      const result = await handler(
        buildProxyEvent({ method, resource, ...spec, claims: idTokenClaims(sub) }),
        buildContext(),
      );
      return {
        status: result.statusCode,
        headers: result.headers,
        json: result.body === '' ? undefined : (JSON.parse(result.body) as unknown),
      };
    },
    async close() {
      documentClient.destroy();
      raw.destroy();
      await dynamo.close();
    },
  };
}
