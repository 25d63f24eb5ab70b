import type { CurrencyTotal } from '../../../contract/transaction';
import { useLedgerText } from './use-ledger-text';

/** Income, expense and net per currency: amounts in different currencies are never added. */
export function TotalsList({ totals }: { totals: readonly CurrencyTotal[] }) {
  const { text, money } = useLedgerText();
  const t = text.totals;
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="totals-title" className="totals">
      <h2 id="totals-title">{t.title}</h2>
      <ul>
        {totals.map((total) => (
          <li key={total.currency} aria-label={t.inCurrency(total.currency)}>
            <span className="totals-currency">{total.currency}</span>
            <span>
              {t.income} <strong>{money(total.income, total.currency)}</strong>
            </span>
            <span>
              {t.expense} <strong>{money(total.expense, total.currency)}</strong>
            </span>
            <span>
              {t.net} <strong>{money(total.net, total.currency)}</strong>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
