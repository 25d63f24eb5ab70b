import { ChartFigure } from './ChartFigure';
import { niceAxisMax, scaleTo } from './chart-scale';
import { useLedgerText } from './use-ledger-text';

/** What one category cost in the period, in one currency (minor units, positive). */
export interface CategorySpending {
  /** null: transactions without a category. */
  readonly category: string | null;
  readonly expense: number;
}

const width = 640;
// Room above each bar for its label at the larger size ledger.css gives it on a phone.
const rowHeight = 52;
const labelBaseline = 22;
const barTop = 28;
const barHeight = 16;

/** Spending per category as horizontal bars, largest first, in one currency. */
export function CategoryChart({
  currency,
  period,
  categories,
}: {
  currency: string;
  /** How the period reads in the title ("November 2026", "all dates"). */
  period: string;
  categories: readonly CategorySpending[];
}) {
  const { text, money, intlLocale } = useLedgerText();
  const t = text.charts;
  const title = t.categoryTitle(period, currency);
  const nameOf = (spending: CategorySpending) => spending.category ?? t.uncategorised;
  const spent = categories
    .filter((c) => c.expense > 0)
    .sort((a, b) => b.expense - a.expense || nameOf(a).localeCompare(nameOf(b), intlLocale));
  if (spent.length === 0) {
    return (
      <section className="chart" aria-label={title}>
        <h3 className="chart-title">{title}</h3>
        <p className="muted">{t.noSpending(currency)}</p>
      </section>
    );
  }
  const axisMax = niceAxisMax(spent[0]?.expense ?? 0, currency);
  const height = spent.length * rowHeight;
  const chart = (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {spent.map((c, i) => {
        const y = i * rowHeight;
        return (
          <g key={nameOf(c)}>
            <text className="chart-label" x={0} y={y + labelBaseline}>
              {nameOf(c)}: {money(c.expense, currency)}
            </text>
            <rect
              className="bar-expense"
              x={0}
              y={y + barTop}
              height={barHeight}
              width={Math.max(1, scaleTo(c.expense, axisMax, width))}
            />
          </g>
        );
      })}
    </svg>
  );
  return (
    <ChartFigure
      title={title}
      chart={chart}
      head={
        <tr>
          <th scope="col">{t.category}</th>
          <th scope="col">{t.spent}</th>
        </tr>
      }
      rows={spent.map((c) => (
        <tr key={nameOf(c)}>
          <th scope="row">{nameOf(c)}</th>
          <td>{money(c.expense, currency)}</td>
        </tr>
      ))}
    />
  );
}
