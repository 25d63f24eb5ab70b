// One TransactWriteItems whose items each say what a failure of their condition means, so
// callers branch on meanings ("the version moved", "a total hit its ceiling") instead of on
// where an item sits in the list.
//
// Why the zip below is by position: a TransactionCanceledException carries one
// CancellationReason per TransactItem, in TransactItems order, holding only a Code and a
// generic Message. The reason names neither the item nor its condition; it returns the item
// (`Item`) only with ReturnValuesOnConditionCheckFailure, and only when the item existed, so a
// failed `#version = :expected` on a deleted item or a count guard on a missing total would
// come back blank. Order is therefore the one signal DynamoDB gives, and this file is the one
// place that reads it: every caller names the meaning next to the condition it writes.

import type { DynamoDBDocumentClient, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { cancellationCodes } from './conflict-retry';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What it means when one item's condition fails. */
export type ConditionMeaning =
  /** `attribute_not_exists(pk)` on a new transaction: the id is taken (a bug, never a user's). */
  | 'id-taken'
  /** `#version = :expected`: the transaction changed or went away since it was read. */
  | 'version-moved'
  /** A totals ceiling: the currency's income or expense would pass MAX_SAFE_INTEGER. */
  | 'total-ceiling'
  /** A totals floor: the total does not hold what is being removed (totals drifted: a bug). */
  | 'totals-out-of-step'
  /** A live idempotency record for the key exists. */
  | 'idempotency-key-taken';

export interface GuardedItem {
  readonly item: TransactItem;
  /** What a failure of `item`'s condition means; ignored for an item with no condition. */
  readonly onConditionFailure: ConditionMeaning;
}

/** The meanings of the conditions that failed; empty when the write committed. */
export type FailedConditions = ReadonlySet<ConditionMeaning>;

/**
 * Writes `items` all-or-nothing. Resolves with the failed conditions' meanings; rethrows any
 * other failure (including a cancellation by a concurrent transaction, which
 * withConflictRetry retries).
 */
export async function writeGuarded(
  client: DynamoDBDocumentClient,
  items: readonly GuardedItem[],
): Promise<FailedConditions> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: items.map((g) => g.item) }));
    return new Set();
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes === undefined || !codes.includes('ConditionalCheckFailed')) throw error;
    const failed = new Set<ConditionMeaning>();
    items.forEach((guarded, index) => {
      if (codes[index] === 'ConditionalCheckFailed') failed.add(guarded.onConditionFailure);
    });
    return failed;
  }
}

/** A failure that should never happen (a bug or drift), described for the logs. */
export function unexpectedFailure(operation: string, failed: FailedConditions): Error {
  return new Error(`${operation}: unexpected condition failure (${[...failed].join(', ')})`);
}
