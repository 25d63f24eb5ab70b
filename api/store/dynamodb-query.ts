// Query with the store's defaults (strongly consistent, on the store's table), page after page
// within a bound, saying whether it stopped before the end.

import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { transactionsTableSchema } from './table-schema';

/** The table a DynamoDB store works on. */
export interface StoreTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

export type Item = Record<string, unknown>;

export interface QueryResult {
  readonly rows: Item[];
  /** Where reading stopped when items may remain (the bound or `want` was reached). */
  readonly lastKey?: Item;
}

export const byDateIndex = transactionsTableSchema.localSecondaryIndexes[0]?.indexName ?? 'byDate';

// Each Query returns at most 1 MB; ten of them bound a request that expected far less, so a
// surprise becomes a short answer, never an unbounded loop.
const maxQueryRounds = 10;

/**
 * Queries page after page until it holds `want` rows (default: all), or `rounds` Queries were
 * sent (default: the bound above).
 */
export function createQuery({ client, tableName: TableName }: StoreTable) {
  return async (
    input: Omit<QueryCommandInput, 'TableName'>,
    want = Infinity,
    rounds = maxQueryRounds,
  ): Promise<QueryResult> => {
    const rows: Item[] = [];
    let startKey = input.ExclusiveStartKey;
    for (let round = 0; round < rounds && rows.length < want; round++) {
      const out: QueryCommandOutput = await client.send(
        new QueryCommand({
          ...input,
          TableName,
          ConsistentRead: true,
          ...(want === Infinity ? {} : { Limit: want - rows.length }),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      rows.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
      if (!startKey) break;
    }
    return startKey ? { rows, lastKey: startKey } : { rows };
  };
}
