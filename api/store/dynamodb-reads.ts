// The DynamoDB store's reads. All are strongly consistent (the base table and the byDate LSI
// both allow it), so a write is visible to the next request.

import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CurrencyTotal, Transaction } from '../../contract/transaction';
import type { PageKey } from './cursor';
import { decodeCursor, encodeCursor } from './cursor';
import { fromTransactionItem, idempotencyKey, ownerKey, transactionKey } from './item-codec';
import { transactionsTableSchema } from './table-schema';
import type { TransactionStore } from './transaction-store';

/** The table a DynamoDB store works on. */
export interface StoreTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

export type StoreReads = Pick<
  TransactionStore,
  'get' | 'list' | 'summary' | 'findIdempotencyRecord'
>;

type Item = Record<string, unknown>;

const byDateIndex = transactionsTableSchema.localSecondaryIndexes[0]?.indexName ?? 'byDate';
// A page is at most 101 small items (< 1 KB each), far below Query's 1 MB page, but a
// bound keeps a surprise from becoming an unbounded loop.
const maxQueryRounds = 10;

/** The reads of the DynamoDB-backed store on `table`. */
export function createDynamoDbReads({ client, tableName: TableName }: StoreTable): StoreReads {
  /** Queries page after page until it holds `want` rows (default: all), or the bound is hit. */
  async function query(input: Omit<QueryCommandInput, 'TableName'>, want = Infinity) {
    const rows: Item[] = [];
    let startKey = input.ExclusiveStartKey;
    for (let round = 0; round < maxQueryRounds && rows.length < want; round++) {
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
    return rows;
  }

  return {
    async get(owner, id) {
      const out = await client.send(
        new GetCommand({
          TableName,
          Key: { pk: ownerKey(owner), sk: transactionKey(id) },
          ConsistentRead: true,
        }),
      );
      return out.Item ? fromTransactionItem(out.Item) : undefined;
    },

    async list(owner, limit, cursor) {
      const pk = ownerKey(owner);
      const start: PageKey | undefined =
        cursor === undefined ? undefined : decodeCursor(cursor, owner);
      // One row more than the page says whether another page follows.
      const rows = await query(
        {
          IndexName: byDateIndex,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ScanIndexForward: false,
          ...(start ? { ExclusiveStartKey: { ...start } } : {}),
        },
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const items: Transaction[] = page.map(fromTransactionItem);
      if (rows.length <= limit || !last) return { items };
      const nextCursor = encodeCursor({
        pk,
        sk: String(last['sk']),
        dateKey: String(last['dateKey']),
      });
      return { items, nextCursor };
    },

    async summary(owner) {
      const rows = await query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': ownerKey(owner), ':prefix': 'TOTAL#' },
      });
      const totals: CurrencyTotal[] = rows
        .map((item) => {
          const income = Number(item['income'] ?? 0);
          const expense = Number(item['expense'] ?? 0);
          const count = Number(item['count'] ?? 0);
          const currency = String(item['currency']);
          return { currency, income, expense, net: income - expense, count };
        })
        // A currency whose last transaction went keeps a zeroed item; it is not a total.
        .filter((total) => total.count > 0);
      totals.sort((a, b) => (a.currency < b.currency ? -1 : 1));
      return { totals };
    },

    async findIdempotencyRecord(owner, key, nowSeconds) {
      const out = await client.send(
        new GetCommand({
          TableName,
          Key: { pk: ownerKey(owner), sk: idempotencyKey(key) },
          ConsistentRead: true,
        }),
      );
      const item = out.Item;
      // TTL deletion is lazy (up to days late), so expiry is enforced here too.
      if (!item || Number(item['expiresAt']) <= nowSeconds) return undefined;
      return {
        requestHash: String(item['requestHash']),
        status: Number(item['status']),
        body: String(item['body']),
      };
    },
  };
}
