// The per-currency totals item update that rides in the same TransactWriteItems as an item
// write. `ADD` is atomic and the transaction makes it all-or-nothing with the item, so totals
// never drift. Conditions keep every total a safe integer (so JSON clients read it exactly)
// and refuse to subtract from a total that does not hold the transaction being removed.

import type { Transaction } from '../../contract/transaction';
import type { GuardedItem } from './guarded-write';
import type { TotalsDelta } from './item-codec';
import { contribution, totalKey } from './item-codec';

/** Whether the update can hit the safe-integer ceiling (it adds income or expense). */
export const raisesTotals = (delta: TotalsDelta): boolean => delta.income > 0 || delta.expense > 0;

/** One currency's change in a write. */
export interface CurrencyDelta {
  readonly currency: string;
  readonly delta: TotalsDelta;
}

/**
 * The guarded ADD to one currency's totals. A delta that raises a total carries only ceiling
 * conditions and a removal (count -1, nothing raised) only the floor, so a failure has one
 * meaning: contribution() and combine() never produce a delta that needs both.
 */
export function totalsUpdate(
  tableName: string,
  pk: string,
  { currency, delta }: CurrencyDelta,
): GuardedItem {
  const values: Record<string, number | string> = {
    ':currency': currency,
    ':income': delta.income,
    ':expense': delta.expense,
    ':count': delta.count,
  };
  const conditions: string[] = [];
  if (delta.income > 0) {
    conditions.push('(attribute_not_exists(#income) OR #income <= :incomeCeiling)');
    values[':incomeCeiling'] = Number.MAX_SAFE_INTEGER - delta.income;
  }
  if (delta.expense > 0) {
    conditions.push('(attribute_not_exists(#expense) OR #expense <= :expenseCeiling)');
    values[':expenseCeiling'] = Number.MAX_SAFE_INTEGER - delta.expense;
  }
  if (delta.count < 0) {
    conditions.push('#count >= :minCount');
    values[':minCount'] = -delta.count;
  }
  const item = {
    Update: {
      TableName: tableName,
      Key: { pk, sk: totalKey(currency) },
      UpdateExpression:
        'SET #currency = :currency ADD #income :income, #expense :expense, #count :count',
      ...(conditions.length > 0 ? { ConditionExpression: conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: {
        '#currency': 'currency',
        '#income': 'income',
        '#expense': 'expense',
        '#count': 'count',
      },
      ExpressionAttributeValues: values,
    },
  };
  return { item, onConditionFailure: raisesTotals(delta) ? 'total-ceiling' : 'totals-out-of-step' };
}

/** Sum of two contributions to the same currency (a replace that keeps the currency). */
export function combine(a: TotalsDelta, b: TotalsDelta): TotalsDelta {
  return { income: a.income + b.income, expense: a.expense + b.expense, count: a.count + b.count };
}

/** How replacing `current` by `next` changes the totals: one delta, or two on a currency change. */
export function replacementDeltas(current: Transaction, next: Transaction): CurrencyDelta[] {
  const removed = contribution(current.amount, -1);
  const added = contribution(next.amount, 1);
  return current.currency === next.currency
    ? [{ currency: next.currency, delta: combine(removed, added) }]
    : [
        { currency: current.currency, delta: removed },
        { currency: next.currency, delta: added },
      ];
}
