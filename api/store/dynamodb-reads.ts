// The DynamoDB store's reads. All are strongly consistent (the base table and the byDate LSI
// both allow it), so a write is visible to the next request. Listing is in dynamodb-list.ts,
// the summary reads of a range in dynamodb-range-reads.ts.

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CurrencyTotal, Transaction } from '../../contract/transaction';
import { createDynamoDbList } from './dynamodb-list';
import type { StoreTable } from './dynamodb-query';
import { createQuery } from './dynamodb-query';
import { createDynamoDbRangeReads } from './dynamodb-range-reads';
import {
  fromTransactionItem,
  idempotencyKey,
  ownerKey,
  totalOfItem,
  transactionKey,
} from './item-codec';
import type { ListReadBudget, TransactionStore } from './transaction-store';

export type { StoreTable };

export type StoreReads = Pick<
  TransactionStore,
  'get' | 'list' | 'summary' | 'monthTotals' | 'itemsInRange' | 'findIdempotencyRecord'
>;

/** A stored transaction with what the writes need to know about how it was stored. */
export interface StoredTransaction {
  readonly transaction: Transaction;
  /** Whether it is in its month's totals (false for items written before they existed). */
  readonly countedByMonth: boolean;
}

export interface StoredReads {
  getStored(owner: string, id: string): Promise<StoredTransaction | undefined>;
}

/** The reads of the DynamoDB-backed store on `table`. */
export function createDynamoDbReads(
  table: StoreTable,
  listBudget: ListReadBudget,
): StoreReads & StoredReads {
  const { client, tableName: TableName } = table;
  const query = createQuery(table);

  async function getStored(owner: string, id: string): Promise<StoredTransaction | undefined> {
    const out = await client.send(
      new GetCommand({
        TableName,
        Key: { pk: ownerKey(owner), sk: transactionKey(id) },
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    return {
      transaction: fromTransactionItem(out.Item),
      countedByMonth: out.Item['countedByMonth'] === true,
    };
  }

  return {
    getStored,

    async get(owner, id) {
      return (await getStored(owner, id))?.transaction;
    },

    list: createDynamoDbList(table, listBudget),
    ...createDynamoDbRangeReads(table),

    async summary(owner) {
      const { rows } = await query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': ownerKey(owner), ':prefix': 'TOTAL#' },
      });
      const totals: CurrencyTotal[] = rows
        .map(totalOfItem)
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
