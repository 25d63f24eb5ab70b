// GET /transactions on DynamoDB: a Query of the byDate index, newest first, with the date
// range as its key condition (never a Scan) and the other filters as a FilterExpression, read
// in rounds by readFilteredPage within the store's read budget.

import type { Transaction } from '../../contract/transaction';
import type { PageKey } from './cursor';
import { dateKeyBounds, decodeCursor, encodeCursor } from './cursor';
import type { Item, StoreTable } from './dynamodb-query';
import { byDateIndex, createQuery } from './dynamodb-query';
import { filterExpressionOf } from './filter-expression';
import { readFilteredPage } from './filtered-page';
import { fromTransactionItem, ownerKey } from './item-codec';
import type { DateRange, ListReadBudget, TransactionStore } from './transaction-store';

/** The byDate key condition of `owner`'s transactions dated in `range`. */
export function byDateKeyCondition(owner: string, range: DateRange) {
  const { lo, hi } = dateKeyBounds(range);
  const condition =
    lo !== undefined && hi !== undefined
      ? 'pk = :pk AND dateKey BETWEEN :lo AND :hi'
      : lo !== undefined
        ? 'pk = :pk AND dateKey >= :lo'
        : hi !== undefined
          ? 'pk = :pk AND dateKey <= :hi'
          : 'pk = :pk';
  return {
    IndexName: byDateIndex,
    KeyConditionExpression: condition,
    ExpressionAttributeValues: {
      ':pk': ownerKey(owner),
      ...(lo === undefined ? {} : { ':lo': lo }),
      ...(hi === undefined ? {} : { ':hi': hi }),
    },
  };
}

const pageKeyOf = (item: Item): PageKey => ({
  pk: String(item['pk']),
  sk: String(item['sk']),
  dateKey: String(item['dateKey']),
});

/** The store's `list` on `table`. */
export function createDynamoDbList(
  table: StoreTable,
  budget: ListReadBudget,
): TransactionStore['list'] {
  const query = createQuery(table);
  return async (owner, limit, cursor, filters = {}) => {
    const start = cursor === undefined ? undefined : decodeCursor(cursor, owner, filters);
    const keyCondition = byDateKeyCondition(owner, filters);
    const filter = filterExpressionOf(filters);
    const { rows, next } = await readFilteredPage<Item>({
      start,
      limit,
      budget,
      filtered: filter !== undefined,
      keyOf: pageKeyOf,
      async read(from, examine) {
        // One Query per round: readFilteredPage counts rounds against the budget.
        const out = await query(
          {
            ...keyCondition,
            ...(filter
              ? {
                  FilterExpression: filter.FilterExpression,
                  ExpressionAttributeNames: filter.ExpressionAttributeNames,
                }
              : {}),
            ExpressionAttributeValues: {
              ...keyCondition.ExpressionAttributeValues,
              ...filter?.ExpressionAttributeValues,
            },
            ScanIndexForward: false,
            Limit: examine,
            ...(from ? { ExclusiveStartKey: { ...from } } : {}),
          },
          Infinity,
          1,
        );
        return out.lastKey
          ? { matches: out.rows, lastKey: pageKeyOf(out.lastKey) }
          : { matches: out.rows };
      },
    });
    const items: Transaction[] = rows.map(fromTransactionItem);
    return next ? { items, nextCursor: encodeCursor(next) } : { items };
  };
}
