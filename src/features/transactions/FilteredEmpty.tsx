/** The list is empty because of the filters, not because there is nothing. */
export function FilteredEmpty({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty">
      <p>No transactions match these filters.</p>
      <button type="button" onClick={onClear}>
        Show all transactions
      </button>
    </div>
  );
}
