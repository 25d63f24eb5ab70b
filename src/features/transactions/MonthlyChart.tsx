import { formatMoney } from '../../lib/money/format-money';
import { formatMonth } from './calendar-month';
import { ChartFigure } from './ChartFigure';
import { niceAxisMax, scaleTo } from './chart-scale';

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
  const title = `Income and expense per month, last ${months.length} months, in ${currency}`;
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
            {formatMoney(value, currency)}
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
              {formatMonth(m.month, undefined, 'short')}
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
            <span className="key-income">Income</span> <span className="key-expense">Expense</span>
          </p>
        </>
      }
      head={
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Income</th>
          <th scope="col">Expense</th>
          <th scope="col">Net</th>
        </tr>
      }
      rows={months.map((m) => (
        <tr key={m.month}>
          <th scope="row">{formatMonth(m.month)}</th>
          <td>{formatMoney(m.income, currency)}</td>
          <td>{formatMoney(m.expense, currency)}</td>
          <td>{formatMoney(m.income - m.expense, currency)}</td>
        </tr>
      ))}
    />
  );
}
