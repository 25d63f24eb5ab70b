import { addMonths, isMonth, monthOf } from './calendar-month';
import type { LedgerPeriod, LedgerView } from './ledger-view';
import type { LedgerFormat } from './ledger-format';
import { useLedgerText } from './use-ledger-text';

/** How `period` reads: "November 2026", "Nov 1, 2026 – Nov 15, 2026", "All dates". */
export function describePeriod(
  period: LedgerPeriod,
  { text, month, day }: Pick<LedgerFormat, 'text' | 'month' | 'day'>,
): string {
  const t = text.period;
  if (period.type === 'month') return month(period.month);
  if (period.type === 'range') {
    if (period.from && period.to) return t.between(day(period.from), day(period.to));
    if (period.from) return t.since(day(period.from));
    if (period.to) return t.until(day(period.to));
  }
  return t.allDates;
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
  const format = useLedgerText();
  const t = format.text.period;
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
        {t.previous}
      </button>
      <p id="period-shown" className="period-shown" aria-live="polite">
        {describePeriod(period, format)}
      </p>
      <button type="button" disabled={!isMonth(next)} onClick={() => show(next)}>
        {t.next}
      </button>
      {period.type === 'month' && period.month === thisMonth ? null : (
        <button type="button" onClick={() => show(thisMonth)}>
          {t.thisMonth}
        </button>
      )}
      {period.type === 'all' ? null : (
        <button type="button" onClick={() => onChange({ ...view, period: { type: 'all' } })}>
          {t.allDates}
        </button>
      )}
    </div>
  );
}
