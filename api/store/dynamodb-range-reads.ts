// The reads a summary of a range is built from (see summarise-transactions.ts): the month
// totals items, one Query of the base table's sort-key range, and the transactions of a date
// range, one bounded Query of the byDate index. Neither scans.

import type { Item, StoreTable } from './dynamodb-query';
import { createQuery } from './dynamodb-query';
import { byDateKeyCondition } from './dynamodb-list';
import { fromTransactionItem, monthTotalPrefix, ownerKey, totalOfItem } from './item-codec';
import type { MonthTotal, TransactionStore } from './transaction-store';

export function createDynamoDbRangeReads(
  table: StoreTable,
): Pick<TransactionStore, 'monthTotals' | 'itemsInRange'> {
  const query = createQuery(table);
  return {
    async monthTotals(owner, { fromMonth, toMonth }) {
      // `MONTHTOTAL#{YYYY-MM}#{currency}` sorts by month; '~' is after every currency code.
      const { rows } = await query({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
        ExpressionAttributeValues: {
          ':pk': ownerKey(owner),
          ':lo': `${monthTotalPrefix}${fromMonth ?? ''}`,
          ':hi': `${monthTotalPrefix}${toMonth ?? '9999-99'}#~`,
        },
      });
      return rows
        .map((item: Item): MonthTotal => ({ month: String(item['month']), ...totalOfItem(item) }))
        .filter((total) => total.count > 0);
    },

    async itemsInRange(owner, range, max) {
      const { rows, lastKey } = await query(
        { ...byDateKeyCondition(owner, range), ScanIndexForward: false },
        max + 1,
      );
      return {
        items: rows.slice(0, max).map(fromTransactionItem),
        complete: rows.length <= max && lastKey === undefined,
      };
    },
  };
}
