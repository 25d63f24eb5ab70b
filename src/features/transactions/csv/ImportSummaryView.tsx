import type { ImportSummary } from './run-import';
import { useLedgerText } from '../use-ledger-text';

/** What the import did: counts first, then each failed row with its line and reason. */
export function ImportSummaryView({
  summary,
  onClose,
}: {
  summary: ImportSummary;
  onClose: () => void;
}) {
  const { text, count } = useLedgerText();
  const t = text.csv;
  return (
    <div className="csv-summary">
      <p role="status">
        {t.finished(
          count(summary.imported),
          count(summary.alreadyPresent),
          count(summary.failed.length),
        )}
      </p>
      {summary.failed.length > 0 ? (
        <ul aria-label={t.failedList}>
          {summary.failed.map((failure) => (
            <li key={failure.line}>{t.lineProblem(failure.line, failure.reason)}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </div>
  );
}
