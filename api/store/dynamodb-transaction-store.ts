// TransactionStore on DynamoDB (AWS SDK v3 document client): reads in dynamodb-reads.ts,
// writes in dynamodb-writes.ts, the table layout in item-codec.ts and api/handler.ts. It
// reports failures as the domain errors of store-errors.ts, never as HTTP answers.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RetryPolicy } from './conflict-retry';
import { defaultRetryPolicy } from './conflict-retry';
import { createDynamoDbReads } from './dynamodb-reads';
import { createDynamoDbWrites } from './dynamodb-writes';
import type { ListReadBudget, TransactionStore } from './transaction-store';
import { defaultListReadBudget } from './transaction-store';

export interface DynamoDbStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly retry?: Partial<RetryPolicy>;
  /** What one filtered list request may read; tests shrink it to reach the bound. */
  readonly listBudget?: ListReadBudget;
}

/** Creates the DynamoDB-backed store for table `tableName`. */
export function createDynamoDbTransactionStore(options: DynamoDbStoreOptions): TransactionStore {
  const table = { client: options.client, tableName: options.tableName };
  const { getStored, ...reads } = createDynamoDbReads(
    table,
    options.listBudget ?? defaultListReadBudget,
  );
  const writes = createDynamoDbWrites(
    table,
    { ...reads, getStored },
    { ...defaultRetryPolicy, ...options.retry },
  );
  return { ...reads, ...writes };
}
