import type { CurrencyTotal, TransactionFilters } from '../../../contract/transaction';
import type { TransactionsClient } from '../../lib/http/transactions-client';

/**
 * The per-currency totals of what `filters` select, as far as the summary can tell: the date
 * range exactly (month totals), a category through the category grouping, and the kind by
 * leaving out the other side. The search is not a summary parameter, so `coversSearch` says
 * whether the totals include it.
 */
export async function readFilteredTotals(
  client: TransactionsClient,
  filters: TransactionFilters,
  signal?: AbortSignal,
): Promise<{ readonly totals: readonly CurrencyTotal[]; readonly coversSearch: boolean }> {
  const range = {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(signal ? { signal } : {}),
  };
  // The plain summary is the one the sign-in prefetched, for the default view.
  const totals =
    filters.category === undefined
      ? (await client.summary(range)).totals
      : ((await client.summary({ ...range, groupBy: 'category' })).groups.find(
          (group) => group.key === filters.category,
        )?.totals ?? []);
  const { kind } = filters;
  return {
    totals: kind ? totals.flatMap((total) => onlyKind(total, kind)) : totals,
    coversSearch: !filters.q,
  };
}

/** `total` without the other kind's side; nothing for a currency with none of `kind`. */
function onlyKind(total: CurrencyTotal, kind: 'income' | 'expense'): CurrencyTotal[] {
  const income = kind === 'expense' ? 0 : total.income;
  const expense = kind === 'income' ? 0 : total.expense;
  if (income === 0 && expense === 0) return [];
  // count stays that of both kinds: the summary does not split it, and nothing shows it.
  return [{ ...total, income, expense, net: income - expense }];
}
