import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { ConditionMeaning, GuardedItem } from './guarded-write';
import { writeGuarded } from './guarded-write';
import { transactionCanceled as cancelled } from '../testing/transaction-canceled';

/** A client whose one TransactWriteItems fails with `error` (or succeeds without one). */
const clientFailingWith = (error?: Error) =>
  ({
    send: () => (error ? Promise.reject(error) : Promise.resolve({})),
  }) as unknown as DynamoDBDocumentClient;

const guarded = (...meanings: ConditionMeaning[]): GuardedItem[] =>
  meanings.map((onConditionFailure) => ({
    item: {
      ConditionCheck: { TableName: 't', Key: {}, ConditionExpression: 'attribute_exists(pk)' },
    },
    onConditionFailure,
  }));

const items = guarded('version-moved', 'total-ceiling', 'idempotency-key-taken');

describe('writeGuarded', () => {
  it('resolves with no failed conditions when the write commits', async () => {
    expect(await writeGuarded(clientFailingWith(), items)).toEqual(new Set());
  });

  it.each([
    [['ConditionalCheckFailed', 'None', 'None'], ['version-moved']],
    [['None', 'ConditionalCheckFailed', 'None'], ['total-ceiling']],
    [['None', 'None', 'ConditionalCheckFailed'], ['idempotency-key-taken']],
    [
      ['ConditionalCheckFailed', 'TransactionConflict', 'ConditionalCheckFailed'],
      ['version-moved', 'idempotency-key-taken'],
    ],
  ])('names the meaning of each failed condition (%j)', async (codes, meanings) => {
    const failed = await writeGuarded(clientFailingWith(cancelled(...codes)), items);
    expect([...failed].sort()).toEqual([...meanings].sort());
  });

  it.each([
    ['a cancellation without a failed condition', cancelled('None', 'TransactionConflict', 'None')],
    ['any other error', new Error('boom')],
  ])('rethrows %s', async (_label, error) => {
    await expect(writeGuarded(clientFailingWith(error), items)).rejects.toBe(error);
  });
});
