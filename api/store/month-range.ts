// Splitting a date range into whole months (answered from the month totals items) and the
// partial months at its ends (added up from the items), so a summary of any range is exact
// and reads items only where a month is cut.

import type { DateRange, MonthRange } from './transaction-store';

export interface RangeParts {
  /** The whole months inside the range, or null when there are none. */
  readonly months: MonthRange | null;
  /** The cut months' parts, at most two, to add up from the items. */
  readonly edges: readonly DateRange[];
}

/** Whole months and cut edges of `range` (both ends inclusive, either open). */
export function splitByMonth({ from, to }: DateRange): RangeParts {
  const edges: DateRange[] = [];
  let fromMonth = from === undefined ? undefined : from.slice(0, 7);
  let toMonth = to === undefined ? undefined : to.slice(0, 7);
  if (from !== undefined && !from.endsWith('-01')) {
    const monthEnd = lastDayOf(from);
    edges.push({ from, to: to !== undefined && to < monthEnd ? to : monthEnd });
    fromMonth = nextMonth(from.slice(0, 7));
  }
  if (to !== undefined && to !== lastDayOf(to)) {
    const monthStart = `${to.slice(0, 7)}-01`;
    // A range inside one cut month is the one edge above already.
    if (!(from !== undefined && from.slice(0, 7) === to.slice(0, 7) && edges.length > 0)) {
      edges.push({ from: from !== undefined && from > monthStart ? from : monthStart, to });
    }
    toMonth = previousMonth(to.slice(0, 7));
  }
  const empty = fromMonth !== undefined && toMonth !== undefined && fromMonth > toMonth;
  return {
    months: empty
      ? null
      : {
          ...(fromMonth === undefined ? {} : { fromMonth }),
          ...(toMonth === undefined ? {} : { toMonth }),
        },
    edges,
  };
}

/** The last day (`YYYY-MM-DD`) of the month of `date`. */
export function lastDayOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // Day 0 of the next month is this month's last day (UTC, so no time zone moves it).
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(m + 1, 2)}`;
}

function previousMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(m - 1, 2)}`;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
