// GET /transactions/summary from a store's reads, the same for every store. Per currency over
// everything: the currency totals items. Per month, or per currency over a range: the month
// totals items for whole months, plus the items of the cut months at the range's ends. Per
// category: the items of the range. Items are read at most `maxItems` at a time; beyond that
// the answer is SummaryTooLargeError, never an inexact total.

import type {
  CurrencyTotal,
  SummaryGroup,
  SummaryQuery,
  TransactionSummary,
} from '../../contract/transaction';
import { currencySummary, transactionLimits } from '../../contract/transaction';
import { contribution, monthOf } from './item-codec';
import { splitByMonth } from './month-range';
import { SummaryTooLargeError } from './store-errors';
import type { DateRange, TransactionStore } from './transaction-store';

type Sums = Map<string, Map<string, CurrencyTotal>>;

/** The summary `query` asks for, of `owner`'s transactions in `store`. */
export async function summariseTransactions(
  store: TransactionStore,
  owner: string,
  query: SummaryQuery,
  maxItems: number = transactionLimits.summaryMaxItems,
): Promise<TransactionSummary> {
  const { groupBy, ...range } = query;
  const echo = { ...range };
  if (groupBy === 'currency' && range.from === undefined && range.to === undefined) {
    return currencySummary((await store.summary(owner)).totals);
  }
  const sums: Sums = new Map();
  const readItems = async (part: DateRange, budget: number) => {
    const { items, complete } = await store.itemsInRange(owner, part, budget);
    if (!complete) throw new SummaryTooLargeError(maxItems);
    return items;
  };
  if (groupBy === 'category') {
    for (const item of await readItems(range, maxItems)) {
      add(sums, item.category ?? '', item.currency, item.amount);
    }
  } else {
    const { months, edges } = splitByMonth(range);
    if (months) {
      for (const total of await store.monthTotals(owner, months)) {
        merge(sums, groupBy === 'month' ? total.month : total.currency, total);
      }
    }
    let budget = maxItems;
    for (const edge of edges) {
      const items = await readItems(edge, budget);
      budget -= items.length;
      for (const item of items) {
        add(
          sums,
          groupBy === 'month' ? monthOf(item.date) : item.currency,
          item.currency,
          item.amount,
        );
      }
    }
  }
  const groups: SummaryGroup[] = [...sums.keys()]
    .sort(byCodePoint)
    .map((key) => ({ key, totals: sorted(sums.get(key)) }));
  const overall: Sums = new Map();
  for (const group of groups) for (const total of group.totals) merge(overall, '', total);
  const totals = sorted(overall.get(''));
  if (groupBy === 'currency') return currencySummary(totals, echo);
  return { groupBy, ...echo, totals, groups };
}

function add(sums: Sums, key: string, currency: string, amount: number): void {
  const { income, expense } = contribution(amount, 1);
  merge(sums, key, { currency, income, expense, net: income - expense, count: 1 });
}

function merge(sums: Sums, key: string, total: CurrencyTotal): void {
  let group = sums.get(key);
  if (!group) sums.set(key, (group = new Map()));
  const seen = group.get(total.currency);
  const income = (seen?.income ?? 0) + total.income;
  const expense = (seen?.expense ?? 0) + total.expense;
  const count = (seen?.count ?? 0) + total.count;
  group.set(total.currency, {
    currency: total.currency,
    income,
    expense,
    net: income - expense,
    count,
  });
}

function sorted(group: Map<string, CurrencyTotal> | undefined): CurrencyTotal[] {
  return [...(group?.values() ?? [])].sort((a, b) => byCodePoint(a.currency, b.currency));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
