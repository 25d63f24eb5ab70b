// The totals item updates (per currency, and per month and currency) that ride in the same
// TransactWriteItems as an item write. `ADD` is atomic and the transaction makes it all-or-nothing with the item, so totals
// never drift. Conditions keep every total a safe integer (so JSON clients read it exactly)
// and refuse to subtract from a total that does not hold the transaction being removed.

import type { Transaction } from '../../contract/transaction';
import type { GuardedItem } from './guarded-write';
import type { TotalsDelta } from './item-codec';
import { contribution, monthOf, monthTotalKey, totalKey } from './item-codec';

/** Whether the update can hit the safe-integer ceiling (it adds income or expense). */
export const raisesTotals = (delta: TotalsDelta): boolean => delta.income > 0 || delta.expense > 0;

/** One totals item's change in a write: a currency's, or (with `month`) one month's in it. */
export interface CurrencyDelta {
  readonly currency: string;
  /** `YYYY-MM`: the change is to this month's totals in `currency`. */
  readonly month?: string;
  readonly delta: TotalsDelta;
}

/** The sort key of the totals item a change applies to. */
export const totalsKeyOf = ({ currency, month }: Omit<CurrencyDelta, 'delta'>): string =>
  month === undefined ? totalKey(currency) : monthTotalKey(month, currency);

/**
 * The guarded ADD to one currency's totals. A delta that raises a total carries only ceiling
 * conditions and a removal (count -1, nothing raised) only the floor, so a failure has one
 * meaning: contribution() and combine() never produce a delta that needs both.
 */
export function totalsUpdate(tableName: string, pk: string, change: CurrencyDelta): GuardedItem {
  const { currency, month, delta } = change;
  const values: Record<string, number | string> = {
    ':currency': currency,
    ...(month === undefined ? {} : { ':month': month }),
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
      Key: { pk, sk: totalsKeyOf(change) },
      UpdateExpression: `SET #currency = :currency${month === undefined ? '' : ', #month = :month'} ADD #income :income, #expense :expense, #count :count`,
      ...(conditions.length > 0 ? { ConditionExpression: conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: {
        '#currency': 'currency',
        '#income': 'income',
        '#expense': 'expense',
        '#count': 'count',
        ...(month === undefined ? {} : { '#month': 'month' }),
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

/** How adding (1) or removing (-1) `transaction` changes its currency's and its month's totals. */
export function transactionDeltas(
  transaction: Pick<Transaction, 'amount' | 'currency' | 'date'>,
  sign: 1 | -1,
  countedByMonth = true,
): CurrencyDelta[] {
  const delta = contribution(transaction.amount, sign);
  const { currency } = transaction;
  return countedByMonth
    ? [
        { currency, delta },
        { currency, month: monthOf(transaction.date), delta },
      ]
    : [{ currency, delta }];
}

/**
 * How replacing `current` by `next` changes the totals: the removal of one and the addition of
 * the other, merged per totals item (one TransactWriteItems may touch an item only once).
 * `currentCounted`: whether `current` is in its month's totals (see item-codec.ts).
 */
export function replacementDeltas(
  current: Transaction,
  next: Transaction,
  currentCounted = true,
): CurrencyDelta[] {
  const merged = new Map<string, CurrencyDelta>();
  for (const change of [
    ...transactionDeltas(current, -1, currentCounted),
    ...transactionDeltas(next, 1),
  ]) {
    const key = totalsKeyOf(change);
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, delta: combine(seen.delta, change.delta) } : change);
  }
  return [...merged.values()];
}
