import type { ReactNode } from 'react';
import { useId } from 'react';
import type { CurrencyTotal, TransactionSummary } from '../../../contract/transaction';
import { DelayedStatusMessage } from '../../components/DelayedStatusMessage';
import { CategoryChart } from './CategoryChart';
import { MonthlyChart } from './MonthlyChart';
import { describePeriod } from './MonthPicker';
import type { LedgerSummaries } from './use-ledger-summaries';
import type { SummaryState } from './use-summary';
import { useTransactionFilters } from './use-transaction-filters';
import { useLedgerText } from './use-ledger-text';

export interface LedgerChartsProps {
  readonly summaries: LedgerSummaries;
  /** The currency to chart first when the user has not chosen one (Profile's default). */
  readonly defaultCurrency?: string | undefined;
}

/**
 * Income and expense per month and spending by category, one currency at a time (amounts in
 * different currencies are never added), with a choice of currency when there are several.
 */
export function LedgerCharts({ summaries, defaultCurrency }: LedgerChartsProps) {
  const selectId = useId();
  const format = useLedgerText();
  const t = format.text.charts;
  const { view, setView } = useTransactionFilters();
  const { monthly, byCategory, months } = summaries;
  const currencies = currenciesOf([monthly, byCategory]);
  const currency =
    [view.currency, defaultCurrency].find((c) => c !== undefined && currencies.includes(c)) ??
    currencies[0];

  return (
    <section aria-labelledby="charts-title" className="charts">
      <h2 id="charts-title">{t.title}</h2>
      {currencies.length > 1 && currency ? (
        <div className="field chart-currency">
          <label htmlFor={selectId}>{t.showIn}</label>
          <select
            id={selectId}
            value={currency}
            onChange={(event) => setView({ ...view, currency: event.target.value })}
          >
            {currencies.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </div>
      ) : null}
      <ChartSlot state={monthly} currency={currency}>
        {(summary, code) => (
          <MonthlyChart
            currency={code}
            months={months.map((month) => monthTotal(summary, month, code))}
          />
        )}
      </ChartSlot>
      <ChartSlot state={byCategory} currency={currency}>
        {(summary, code) => (
          <CategoryChart
            currency={code}
            period={describePeriod(view.period, format)}
            categories={summary.groups.map((group) => ({
              category: group.key === '' ? null : group.key,
              expense: totalIn(group.totals, code)?.expense ?? 0,
            }))}
          />
        )}
      </ChartSlot>
      {currencies.length === 0 && monthly.status === 'ready' && byCategory.status === 'ready' ? (
        <p className="muted">{t.noneYet}</p>
      ) : null}
    </section>
  );
}

function ChartSlot({
  state,
  currency,
  children,
}: {
  state: SummaryState;
  currency: string | undefined;
  children: (summary: TransactionSummary, currency: string) => ReactNode;
}) {
  const t = useLedgerText().text.charts;
  if (state.status === 'loading') return <DelayedStatusMessage>{t.loading}</DelayedStatusMessage>;
  if (state.status === 'error')
    return <p className="muted">{t.unavailable(state.error.message)}</p>;
  return currency ? children(state.summary, currency) : null;
}

/** Every currency either summary has, sorted, so the choice does not jump as they load. */
function currenciesOf(states: readonly SummaryState[]): readonly string[] {
  const codes = new Set<string>();
  for (const state of states) {
    if (state.status === 'ready') state.summary.totals.forEach((t) => codes.add(t.currency));
  }
  return [...codes].sort();
}

function totalIn(totals: readonly CurrencyTotal[], currency: string): CurrencyTotal | undefined {
  return totals.find((total) => total.currency === currency);
}

function monthTotal(summary: TransactionSummary, month: string, currency: string) {
  const total = totalIn(
    summary.groups.find((group) => group.key === month)?.totals ?? [],
    currency,
  );
  return { month, income: total?.income ?? 0, expense: total?.expense ?? 0 };
}
