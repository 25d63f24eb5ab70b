import { useLedgerText } from './use-ledger-text';

/** The list is empty because of the filters, not because there is nothing. */
export function FilteredEmpty({ onClear }: { onClear: () => void }) {
  const t = useLedgerText().text.filters;
  return (
    <div className="empty">
      <p>{t.noMatch}</p>
      <button type="button" onClick={onClear}>
        {t.showAll}
      </button>
    </div>
  );
}
