// The list filters that are not part of the byDate key, as a DynamoDB FilterExpression. They
// are applied after the key condition (so they cost reads, which readFilteredPage bounds).

import type { TransactionFilters } from '../../contract/transaction';
import { searchTextOf } from '../../contract/transaction-filters';

export interface FilterExpression {
  readonly FilterExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, string | number>;
}

/** The FilterExpression of `filters`' category, kind and q, or undefined when none is set. */
export function filterExpressionOf(filters: TransactionFilters): FilterExpression | undefined {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string | number> = {};
  if (filters.category !== undefined) {
    conditions.push('#category = :category');
    names['#category'] = 'category';
    values[':category'] = filters.category;
  }
  if (filters.kind !== undefined) {
    conditions.push(filters.kind === 'income' ? '#amount > :zero' : '#amount < :zero');
    names['#amount'] = 'amount';
    values[':zero'] = 0;
  }
  if (filters.q !== undefined) {
    // Items written before searchText existed are matched on the description itself, which
    // DynamoDB compares case-sensitively (docs/api.md names the gap).
    conditions.push(
      '(contains(#searchText, :q) OR (attribute_not_exists(#searchText) AND contains(#description, :rawQ)))',
    );
    names['#searchText'] = 'searchText';
    names['#description'] = 'description';
    values[':q'] = searchTextOf(filters.q);
    values[':rawQ'] = filters.q;
  }
  if (conditions.length === 0) return undefined;
  return {
    FilterExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
