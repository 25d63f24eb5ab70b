// TransactionStore on DynamoDB (AWS SDK v3 document client). Every write that changes money
// is one TransactWriteItems: the item, its currency total and (for idempotent creates) the
// idempotency record commit together or not at all. Reads are strongly consistent (base
// table and the byDate LSI both allow it), so a create is visible to the next request.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CurrencyTotal,
  Transaction,
  TransactionReplacement,
} from '../../contract/transaction';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/http-error';
import type { RetryPolicy } from './conflict-retry';
import {
  RetryableConflict,
  cancellationCodes,
  defaultRetryPolicy,
  withConflictRetry,
} from './conflict-retry';
import type { PageKey } from './cursor';
import { decodeCursor, encodeCursor } from './cursor';
import {
  contribution,
  fromTransactionItem,
  idempotencyKey,
  ownerKey,
  toTransactionItem,
  transactionKey,
} from './item-codec';
import { transactionsTableSchema } from './table-schema';
import type { TransactItem } from './totals-update';
import { combine, raisesTotals, totalsUpdate } from './totals-update';
import type { IdempotencyWrite, TransactionStore } from './transaction-store';
import { IdempotencyKeyTakenError } from './transaction-store';

export interface DynamoDbStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly retry?: Partial<RetryPolicy>;
}

const byDateIndex = transactionsTableSchema.localSecondaryIndexes[0]?.indexName ?? 'byDate';
// A page is at most 101 small items (< 1 KB each), far below Query's 1 MB page, but a
// bound keeps a surprise from becoming an unbounded loop.
const maxQueryRounds = 10;

const totalLimitError = () =>
  new UnprocessableError(
    'total_limit_exceeded',
    'This would take your total for the currency beyond what can be kept exactly.',
  );

/** Creates the DynamoDB-backed store for table `tableName`. */
export function createDynamoDbTransactionStore(options: DynamoDbStoreOptions): TransactionStore {
  const { client, tableName: TableName } = options;
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };

  async function get(owner: string, id: string): Promise<Transaction | undefined> {
    const out = await client.send(
      new GetCommand({
        TableName,
        Key: { pk: ownerKey(owner), sk: transactionKey(id) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromTransactionItem(out.Item) : undefined;
  }

  async function write(items: TransactItem[]): Promise<string[] | undefined> {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: items }));
      return undefined;
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes === undefined || !codes.includes('ConditionalCheckFailed')) throw error;
      return codes;
    }
  }

  return {
    async list(owner, limit, cursor) {
      const pk = ownerKey(owner);
      let startKey: PageKey | Record<string, unknown> | undefined =
        cursor === undefined ? undefined : decodeCursor(cursor, owner);
      const rows: Record<string, unknown>[] = [];
      for (let round = 0; round < maxQueryRounds && rows.length <= limit; round++) {
        const out: QueryCommandOutput = await client.send(
          new QueryCommand({
            TableName,
            IndexName: byDateIndex,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ScanIndexForward: false,
            ConsistentRead: true,
            Limit: limit + 1 - rows.length,
            ...(startKey ? { ExclusiveStartKey: { ...startKey } } : {}),
          }),
        );
        rows.push(...(out.Items ?? []));
        startKey = out.LastEvaluatedKey;
        if (!startKey) break;
      }
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const more = rows.length > limit;
      return {
        items: page.map(fromTransactionItem),
        ...(more && last
          ? {
              nextCursor: encodeCursor({
                pk,
                sk: String(last['sk']),
                dateKey: String(last['dateKey']),
              }),
            }
          : {}),
      };
    },

    get,

    async create(owner, transaction, idempotency) {
      const pk = ownerKey(owner);
      const delta = contribution(transaction.amount, 1);
      const items: TransactItem[] = [
        {
          Put: {
            TableName,
            Item: toTransactionItem(owner, transaction),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        totalsUpdate(TableName, pk, transaction.currency, delta),
      ];
      if (idempotency) items.push(idempotencyPut(TableName, pk, idempotency));
      const codes = await withConflictRetry(() => write(items), policy);
      if (codes === undefined) return;
      if (codes[2] === 'ConditionalCheckFailed') throw new IdempotencyKeyTakenError();
      if (codes[1] === 'ConditionalCheckFailed') throw totalLimitError();
      throw new Error(`Transaction id collision on create (${codes.join(',')})`);
    },

    async replace(owner, id, replacement, updatedAt) {
      const pk = ownerKey(owner);
      return withConflictRetry(async () => {
        const current = await get(owner, id);
        if (!current) throw new NotFoundError();
        if (current.version !== replacement.version) throw staleVersion();
        const next = replaced(current, replacement, updatedAt);
        const removed = contribution(current.amount, -1);
        const added = contribution(next.amount, 1);
        const totals =
          current.currency === next.currency
            ? [{ currency: next.currency, delta: combine(removed, added) }]
            : [
                { currency: current.currency, delta: removed },
                { currency: next.currency, delta: added },
              ];
        const items: TransactItem[] = [
          {
            Put: {
              TableName,
              Item: toTransactionItem(owner, next),
              ConditionExpression: '#version = :expected',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': current.version },
            },
          },
          ...totals.map(({ currency, delta }) => totalsUpdate(TableName, pk, currency, delta)),
        ];
        const codes = await write(items);
        if (codes === undefined) return next;
        if (codes[0] === 'ConditionalCheckFailed') {
          // Changed or deleted between our read and write: answer from the fresh state.
          if (!(await get(owner, id))) throw new NotFoundError();
          throw staleVersion();
        }
        const failed = totals.find((_, index) => codes[index + 1] === 'ConditionalCheckFailed');
        if (failed && raisesTotals(failed.delta)) throw totalLimitError();
        throw new Error(`Totals out of step with items on replace (${codes.join(',')})`);
      }, policy);
    },

    async remove(owner, id) {
      const pk = ownerKey(owner);
      await withConflictRetry(async () => {
        const current = await get(owner, id);
        if (!current) throw new NotFoundError();
        const codes = await write([
          {
            Delete: {
              TableName,
              Key: { pk, sk: transactionKey(id) },
              ConditionExpression: '#version = :expected',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': current.version },
            },
          },
          totalsUpdate(TableName, pk, current.currency, contribution(current.amount, -1)),
        ]);
        if (codes === undefined) return;
        // Replaced or deleted meanwhile: read again and delete what is there now.
        if (codes[0] === 'ConditionalCheckFailed') throw new RetryableConflict();
        throw new Error(`Totals out of step with items on delete (${codes.join(',')})`);
      }, policy);
    },

    async summary(owner) {
      const totals: CurrencyTotal[] = [];
      let startKey: Record<string, unknown> | undefined;
      for (let round = 0; round < maxQueryRounds; round++) {
        const out: QueryCommandOutput = await client.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': ownerKey(owner), ':prefix': 'TOTAL#' },
            ConsistentRead: true,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of out.Items ?? []) {
          const income = Number(item['income'] ?? 0);
          const expense = Number(item['expense'] ?? 0);
          const count = Number(item['count'] ?? 0);
          if (count > 0) {
            totals.push({
              currency: String(item['currency']),
              income,
              expense,
              net: income - expense,
              count,
            });
          }
        }
        startKey = out.LastEvaluatedKey;
        if (!startKey) break;
      }
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

function staleVersion(): ConflictError {
  return new ConflictError(
    'version_conflict',
    'This transaction was changed since you loaded it; reload it and apply your edit again.',
  );
}

function replaced(
  current: Transaction,
  replacement: TransactionReplacement,
  updatedAt: string,
): Transaction {
  return {
    id: current.id,
    date: replacement.date,
    description: replacement.description,
    amount: replacement.amount,
    currency: replacement.currency,
    ...(replacement.category !== undefined ? { category: replacement.category } : {}),
    createdAt: current.createdAt,
    updatedAt,
    version: current.version + 1,
  };
}

function idempotencyPut(TableName: string, pk: string, record: IdempotencyWrite): TransactItem {
  return {
    Put: {
      TableName,
      Item: {
        pk,
        sk: idempotencyKey(record.key),
        requestHash: record.requestHash,
        status: record.status,
        body: record.body,
        storedAt: record.storedAt,
        expiresAt: record.expiresAt,
      },
      // An expired record that TTL has not removed yet may be replaced.
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
      ExpressionAttributeValues: { ':now': record.storedAt },
    },
  };
}
