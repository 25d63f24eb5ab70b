import type { ImportSummary } from './run-import';

/** What the import did: counts first, then each failed row with its line and reason. */
export function ImportSummaryView({
  summary,
  onClose,
}: {
  summary: ImportSummary;
  onClose: () => void;
}) {
  return (
    <div className="csv-summary">
      <p role="status">
        Import finished: {summary.imported} imported, {summary.alreadyPresent} already present,{' '}
        {summary.failed.length} failed.
      </p>
      {summary.failed.length > 0 ? (
        <ul aria-label="Rows that failed">
          {summary.failed.map((failure) => (
            <li key={failure.line}>
              Line {failure.line}: {failure.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
