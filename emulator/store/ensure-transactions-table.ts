// Creates the transactions table in DynamoDB Local with the key schema, index and TTL the
// CDK stack uses (both read api/store/table-schema.ts). Safe to call on every start.

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { transactionsTableSchema as schema } from '../../api/store/table-schema';

/** Creates `tableName` if missing and enables TTL; idempotent. */
export async function ensureTransactionsTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<void> {
  if (!(await tableExists(client, tableName))) {
    const attributes = [schema.partitionKey, schema.sortKey];
    for (const index of schema.localSecondaryIndexes) attributes.push(index.sortKey);
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes.map((a) => ({
            AttributeName: a.name,
            AttributeType: a.type,
          })),
          KeySchema: [
            { AttributeName: schema.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: schema.sortKey.name, KeyType: 'RANGE' },
          ],
          LocalSecondaryIndexes: schema.localSecondaryIndexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: schema.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: index.projection },
          })),
        }),
      );
    } catch (error) {
      // Another process created it between our check and our create.
      if (!(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
    }
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  if (status !== 'ENABLED' && status !== 'ENABLING') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: schema.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
}

async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return false;
    throw error;
  }
}
