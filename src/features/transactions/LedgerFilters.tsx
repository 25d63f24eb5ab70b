import { FilterForm } from './FilterForm';
import { MonthPicker } from './MonthPicker';
import { useLedgerText } from './use-ledger-text';
import { useTransactionFilters } from './use-transaction-filters';

/** The month picker and the filter form over the URL's view. */
export function LedgerFilters({
  today,
  categories,
}: {
  /** Today, `YYYY-MM-DD`, in the user's time zone. */
  today: string;
  /** Categories to suggest in the form. */
  categories: readonly string[];
}) {
  const { view, isFiltered, setView, clearFilters } = useTransactionFilters();
  const t = useLedgerText().text.filters;
  return (
    <section aria-label={t.label} className="ledger-filters">
      <MonthPicker view={view} today={today} onChange={setView} />
      <FilterForm
        view={view}
        categories={categories}
        isFiltered={isFiltered}
        onApply={setView}
        onClear={clearFilters}
      />
    </section>
  );
}
