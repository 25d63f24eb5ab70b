import { useMemo } from 'react';
import type { SummaryQuery } from '../../../contract/transaction';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { monthOf, monthRange, monthsEndingWith } from './calendar-month';
import type { LedgerView } from './ledger-view';
import { periodRange } from './ledger-view';
import type { SummaryState } from './use-summary';
import { useSummary } from './use-summary';

/** How many months the month chart shows, ending with the current one. */
export const chartMonthCount = 12;

export interface LedgerSummaries {
  /** The months the month chart covers, oldest first. */
  readonly months: readonly string[];
  /** groupBy=month over those months. */
  readonly monthly: SummaryState;
  /** groupBy=category over the period shown. */
  readonly byCategory: SummaryState;
}

/** The two summaries the charts (and the category suggestions) are drawn from. */
export function useLedgerSummaries(
  client: TransactionsClient,
  view: LedgerView,
  today: string,
  refresh: number,
): LedgerSummaries {
  const months = useMemo(() => monthsEndingWith(monthOf(today), chartMonthCount), [today]);
  const monthlyQuery: SummaryQuery = {
    groupBy: 'month',
    from: monthRange(months[0] ?? monthOf(today)).from,
    to: monthRange(months[months.length - 1] ?? monthOf(today)).to,
  };
  const categoryQuery: SummaryQuery = { groupBy: 'category', ...periodRange(view.period) };
  return {
    months,
    monthly: useSummary(client, monthlyQuery, refresh),
    byCategory: useSummary(client, categoryQuery, refresh),
  };
}

/** The named categories of the period shown, for suggestions (empty until it loads). */
export function categoriesOf(summaries: LedgerSummaries): readonly string[] {
  const { byCategory } = summaries;
  if (byCategory.status !== 'ready') return [];
  return byCategory.summary.groups.map((group) => group.key).filter((key) => key !== '');
}
