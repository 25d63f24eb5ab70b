import type { CurrencyTotal } from '../../../contract/transaction';
import { formatMoney } from '../../lib/money/format-money';

/** Income, expense and net per currency: amounts in different currencies are never added. */
export function TotalsList({ totals }: { totals: readonly CurrencyTotal[] }) {
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="totals-title" className="totals">
      <h2 id="totals-title">Totals</h2>
      <ul>
        {totals.map((total) => (
          <li key={total.currency} aria-label={`Totals in ${total.currency}`}>
            <span className="totals-currency">{total.currency}</span>
            <span>
              Income <strong>{formatMoney(total.income, total.currency)}</strong>
            </span>
            <span>
              Expense <strong>{formatMoney(total.expense, total.currency)}</strong>
            </span>
            <span>
              Net <strong>{formatMoney(total.net, total.currency)}</strong>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
