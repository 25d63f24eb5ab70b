import { csvColumns, csvLimits } from './csv-limits';
import type { ImportRow } from './read-import-file';
import { useLedgerText } from '../use-ledger-text';

/**
 * The file's first rows as a table, then every row's problems by line. With any problem the
 * import cannot start: nothing is written until the whole file is valid.
 */
export function ImportPreview({
  fileName,
  rows,
  onImport,
  onCancel,
}: {
  fileName: string;
  rows: readonly ImportRow[];
  onImport: () => void;
  onCancel: () => void;
}) {
  const { text, count } = useLedgerText();
  const t = text.csv;
  const shown = rows.slice(0, csvLimits.previewRows);
  const invalid = rows.filter((row) => !row.ok);
  return (
    <div className="csv-preview">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.previewRegion}>
        <table>
          <caption>
            {t.previewCaption(
              fileName,
              count(shown.length),
              count(rows.length),
              shown.length === rows.length,
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.line}</th>
              {csvColumns.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                {csvColumns.map((name, index) => (
                  <td key={name}>{row.cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invalid.length > 0 ? (
        <div role="alert" className="panel panel-error">
          <h3>{t.invalidTitle(count(invalid.length), invalid.length)}</h3>
          <ul aria-label={t.invalidList}>
            {invalid.map((row) =>
              row.ok ? null : (
                <li key={row.line}>{t.lineProblem(row.line, row.errors.join(' '))}</li>
              ),
            )}
          </ul>
          <p>{t.fixAndRetry}</p>
        </div>
      ) : null}
      <div className="actions">
        {invalid.length === 0 ? (
          <button type="button" className="primary" onClick={onImport}>
            {t.importRows(count(rows.length), rows.length)}
          </button>
        ) : null}
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
