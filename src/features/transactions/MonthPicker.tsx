import { addMonths, formatDay, formatMonth, isMonth, monthOf } from './calendar-month';
import type { LedgerPeriod, LedgerView } from './ledger-view';

/** How `period` reads: "November 2026", "1 Nov 2026 – 15 Nov 2026", "All dates". */
export function describePeriod(period: LedgerPeriod): string {
  if (period.type === 'month') return formatMonth(period.month);
  if (period.type === 'range') {
    if (period.from && period.to) return `${formatDay(period.from)} – ${formatDay(period.to)}`;
    if (period.from) return `From ${formatDay(period.from)}`;
    if (period.to) return `Until ${formatDay(period.to)}`;
  }
  return 'All dates';
}

/**
 * Previous and next month, this month and all dates. Stepping starts from the month shown, or,
 * when a range or all dates are shown, from the range's first month or this month (so from all
 * dates, Previous shows last month). The other filters stay as they are.
 */
export function MonthPicker({
  view,
  today,
  onChange,
}: {
  view: LedgerView;
  /** Today, `YYYY-MM-DD`, in the user's time zone. */
  today: string;
  onChange: (next: LedgerView) => void;
}) {
  const { period } = view;
  const thisMonth = monthOf(today);
  const pivot =
    period.type === 'month'
      ? period.month
      : period.type === 'range' && period.from
        ? monthOf(period.from)
        : thisMonth;
  const previous = addMonths(pivot, -1);
  const next = addMonths(pivot, 1);
  const show = (month: string) => onChange({ ...view, period: { type: 'month', month } });
  return (
    <div role="group" aria-labelledby="period-shown" className="month-picker">
      <button type="button" disabled={!isMonth(previous)} onClick={() => show(previous)}>
        Previous month
      </button>
      <p id="period-shown" className="period-shown" aria-live="polite">
        {describePeriod(period)}
      </p>
      <button type="button" disabled={!isMonth(next)} onClick={() => show(next)}>
        Next month
      </button>
      {period.type === 'month' && period.month === thisMonth ? null : (
        <button type="button" onClick={() => show(thisMonth)}>
          This month
        </button>
      )}
      {period.type === 'all' ? null : (
        <button type="button" onClick={() => onChange({ ...view, period: { type: 'all' } })}>
          All dates
        </button>
      )}
    </div>
  );
}
