// Runs the real handler in-process on a real DynamoDB Local with a fresh table, and calls
// it with events built like API Gateway's. Shared by the api-store-*.test.ts files.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyResult } from 'aws-lambda';
import type { HttpMethod } from '../../api/route-table';
import { createDocumentClient } from '../../api/store/create-document-client';
import { createDynamoDbTransactionStore } from '../../api/store/dynamodb-transaction-store';
import type { TransactionStore } from '../../api/store/transaction-store';
import { idTokenClaims } from '../../api/testing/proxy-event-builder';
import { buildTestHandler, invokeHandler, testApiConfig } from '../../api/testing/test-handler';
import { ensureTransactionsTable } from '../../emulator/store/ensure-transactions-table';
import { startDynamoDbLocal } from '../../emulator/store/start-dynamodb-local';

export interface CallSpec {
  readonly id?: string;
  readonly query?: Record<string, string | readonly string[]>;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: APIGatewayProxyResult['headers'];
  readonly json: unknown;
}

/** The DynamoDB store on a fresh table of its own DynamoDB Local. */
export interface StoreHarness {
  readonly store: TransactionStore;
  /** Direct table access, to seed states the API cannot reach quickly. */
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly endpoint: string;
  close(): Promise<void>;
}

export interface ApiHarness extends StoreHarness {
  /** Calls the handler as user `sub` (claims as the authorizer would give them). */
  call(sub: string, method: HttpMethod, resource: string, spec?: CallSpec): Promise<ApiResponse>;
}

let tableCount = 0;

export async function startStoreHarness(): Promise<StoreHarness> {
  const dynamo = await startDynamoDbLocal({ port: 0, dataDir: null });
  const raw = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tableName = `transactions-it-${process.pid}-${++tableCount}`;
  await ensureTransactionsTable(raw, tableName);
  const documentClient = createDocumentClient({ endpoint: dynamo.endpoint });
  return {
    store: createDynamoDbTransactionStore({ client: documentClient, tableName }),
    documentClient,
    tableName,
    endpoint: dynamo.endpoint,
    async close() {
      documentClient.destroy();
      raw.destroy();
      await dynamo.close();
    },
  };
}

export async function startApiHarness(): Promise<ApiHarness> {
  const base = await startStoreHarness();
  const handler = buildTestHandler({
    config: { ...testApiConfig, tableName: base.tableName, dynamoDbEndpoint: base.endpoint },
    store: base.store,
    logger: { info: () => undefined, error: (message, extra) => console.error(message, extra) },
  });
  return {
    ...base,
    async call(sub, method, resource, spec = {}) {
      const result = await invokeHandler(handler, {
        method,
        resource,
        ...spec,
        claims: idTokenClaims(sub),
      });
      return { status: result.statusCode, headers: result.headers, json: result.json };
    },
  };
}
