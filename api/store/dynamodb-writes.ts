// The DynamoDB store's writes. Every write that changes money is one TransactWriteItems: the
// item, its currency total, its month's total and (for idempotent creates) the idempotency
// record commit together or not at all. Each item names what its condition failing means (guarded-write.ts).

import type { Transaction } from '../../contract/transaction';
import { applyReplacement } from './apply-replacement';
import type { RetryPolicy } from './conflict-retry';
import { RetryableConflict, withConflictRetry } from './conflict-retry';
import type { StoreReads, StoreTable, StoredReads } from './dynamodb-reads';
import type { GuardedItem } from './guarded-write';
import { unexpectedFailure, writeGuarded } from './guarded-write';
import { idempotencyKey, ownerKey, toTransactionItem, transactionKey } from './item-codec';
import {
  IdempotencyKeyTakenError,
  TotalLimitExceededError,
  TransactionNotFoundError,
  VersionConflictError,
} from './store-errors';
import { replacementDeltas, totalsUpdate, transactionDeltas } from './totals-update';
import type { IdempotencyWrite, TransactionStore } from './transaction-store';

export type StoreWrites = Pick<TransactionStore, 'create' | 'replace' | 'remove'>;

/** The writes of the DynamoDB-backed store; `reads` re-reads state after a lost race. */
export function createDynamoDbWrites(
  { client, tableName: TableName }: StoreTable,
  reads: StoreReads & Pick<StoredReads, 'getStored'>,
  policy: RetryPolicy,
): StoreWrites {
  return {
    async create(owner, transaction, idempotency) {
      const pk = ownerKey(owner);
      const items: GuardedItem[] = [
        {
          item: {
            Put: {
              TableName,
              Item: toTransactionItem(owner, transaction),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailure: 'id-taken',
        },
        ...transactionDeltas(transaction, 1).map((change) => totalsUpdate(TableName, pk, change)),
      ];
      if (idempotency) items.push(idempotencyPut(TableName, pk, idempotency));
      const failed = await withConflictRetry(() => writeGuarded(client, items), policy);
      if (failed.size === 0) return;
      if (failed.has('idempotency-key-taken')) throw new IdempotencyKeyTakenError();
      if (failed.has('total-ceiling')) throw new TotalLimitExceededError(transaction.currency);
      throw unexpectedFailure('create', failed);
    },

    async replace(owner, id, replacement, updatedAt) {
      const pk = ownerKey(owner);
      return withConflictRetry(async () => {
        const stored = await reads.getStored(owner, id);
        if (!stored) throw new TransactionNotFoundError(id);
        const { transaction: current, countedByMonth } = stored;
        if (current.version !== replacement.version) {
          throw new VersionConflictError(id, replacement.version);
        }
        const next = applyReplacement(current, replacement, updatedAt);
        const failed = await writeGuarded(client, [
          {
            item: {
              Put: { TableName, Item: toTransactionItem(owner, next), ...unchanged(current) },
            },
            onConditionFailure: 'version-moved',
          },
          ...replacementDeltas(current, next, countedByMonth).map((change) =>
            totalsUpdate(TableName, pk, change),
          ),
        ]);
        if (failed.size === 0) return next;
        if (failed.has('version-moved')) {
          // Changed or deleted between our read and write: answer from the fresh state.
          if (!(await reads.get(owner, id))) throw new TransactionNotFoundError(id);
          throw new VersionConflictError(id, replacement.version);
        }
        // Only the added side of a replace raises a total, and it is in the new currency.
        if (failed.has('total-ceiling')) throw new TotalLimitExceededError(next.currency);
        throw unexpectedFailure('replace', failed);
      }, policy);
    },

    async remove(owner, id) {
      const pk = ownerKey(owner);
      await withConflictRetry(async () => {
        const stored = await reads.getStored(owner, id);
        if (!stored) throw new TransactionNotFoundError(id);
        const { transaction: current, countedByMonth } = stored;
        const failed = await writeGuarded(client, [
          {
            item: {
              Delete: { TableName, Key: { pk, sk: transactionKey(id) }, ...unchanged(current) },
            },
            onConditionFailure: 'version-moved',
          },
          ...transactionDeltas(current, -1, countedByMonth).map((change) =>
            totalsUpdate(TableName, pk, change),
          ),
        ]);
        if (failed.size === 0) return;
        // Replaced or deleted meanwhile: read again and delete what is there now.
        if (failed.has('version-moved')) throw new RetryableConflict();
        throw unexpectedFailure('remove', failed);
      }, policy);
    },
  };
}

/** The condition that the stored item is still the version that was read. */
function unchanged(current: Transaction) {
  return {
    ConditionExpression: '#version = :expected',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expected': current.version },
  };
}

function idempotencyPut(TableName: string, pk: string, record: IdempotencyWrite): GuardedItem {
  return {
    item: {
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
    },
    onConditionFailure: 'idempotency-key-taken',
  };
}
