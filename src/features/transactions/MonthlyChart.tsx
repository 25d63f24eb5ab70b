import { ChartFigure } from './ChartFigure';
import { niceAxisMax, scaleTo } from './chart-scale';
import { useLedgerText } from './use-ledger-text';

/** One month's totals in one currency, minor units (expense as a positive number). */
export interface MonthTotal {
  readonly month: string;
  readonly income: number;
  readonly expense: number;
}

const width = 640;
const height = 240;
const top = 24;
const bottom = 28;
const plot = height - top - bottom;

/** Income and expense side by side for each month, oldest on the left, in one currency. */
export function MonthlyChart({
  currency,
  months,
}: {
  currency: string;
  months: readonly MonthTotal[];
}) {
  const { text, money, month } = useLedgerText();
  const t = text.charts;
  const title = t.monthlyTitle(months.length, currency);
  const axisMax = niceAxisMax(
    Math.max(0, ...months.flatMap((m) => [m.income, m.expense])),
    currency,
  );
  const slot = width / Math.max(1, months.length);
  const bar = slot * 0.36;
  const y = (value: number) => top + plot - scaleTo(value, axisMax, plot);
  const chart = (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {[0, axisMax / 2, axisMax].map((value) => (
        <g key={value} className="chart-grid">
          <line x1={0} x2={width} y1={y(value)} y2={y(value)} />
          <text x={2} y={y(value) - 4}>
            {money(value, currency)}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = i * slot + slot / 2;
        return (
          <g key={m.month}>
            <rect
              className="bar-income"
              x={x - bar}
              width={bar}
              y={y(m.income)}
              height={scaleTo(m.income, axisMax, plot)}
            />
            <rect
              className="bar-expense"
              x={x}
              width={bar}
              y={y(m.expense)}
              height={scaleTo(m.expense, axisMax, plot)}
            />
            <text className="chart-label" x={x} y={height - 8} textAnchor="middle">
              {month(m.month, 'short')}
            </text>
          </g>
        );
      })}
    </svg>
  );
  return (
    <ChartFigure
      title={title}
      chart={
        <>
          {chart}
          <p className="chart-legend" aria-hidden="true">
            <span className="key-income">{t.income}</span>{' '}
            <span className="key-expense">{t.expense}</span>
          </p>
        </>
      }
      head={
        <tr>
          <th scope="col">{t.month}</th>
          <th scope="col">{t.income}</th>
          <th scope="col">{t.expense}</th>
          <th scope="col">{t.net}</th>
        </tr>
      }
      rows={months.map((m) => (
        <tr key={m.month}>
          <th scope="row">{month(m.month)}</th>
          <td>{money(m.income, currency)}</td>
          <td>{money(m.expense, currency)}</td>
          <td>{money(m.income - m.expense, currency)}</td>
        </tr>
      ))}
    />
  );
}
