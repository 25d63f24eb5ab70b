// The per-currency totals item update that rides in the same TransactWriteItems as an item
// write. `ADD` is atomic and the transaction makes it all-or-nothing with the item, so totals
// never drift. Conditions keep every total a safe integer (so JSON clients read it exactly)
// and refuse to subtract from a total that does not hold the transaction being removed.

import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TotalsDelta } from './item-codec';
import { totalKey } from './item-codec';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Whether a condition failure on this update means the safe-integer ceiling was hit. */
export const raisesTotals = (delta: TotalsDelta): boolean => delta.income > 0 || delta.expense > 0;

export function totalsUpdate(
  tableName: string,
  pk: string,
  currency: string,
  delta: TotalsDelta,
): TransactItem {
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
  return {
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
}

/** Sum of two contributions to the same currency (a replace that keeps the currency). */
export function combine(a: TotalsDelta, b: TotalsDelta): TotalsDelta {
  return { income: a.income + b.income, expense: a.expense + b.expense, count: a.count + b.count };
}
