import { csvColumns, csvLimits } from './csv-limits';
import type { ImportRow } from './read-import-file';

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
  const shown = rows.slice(0, csvLimits.previewRows);
  const invalid = rows.filter((row) => !row.ok);
  return (
    <div className="csv-preview">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Preview">
        <table>
          <caption>
            Preview of {fileName}:{' '}
            {shown.length === rows.length ? 'all' : `first ${shown.length} of`} {rows.length}{' '}
            {rows.length === 1 ? 'row' : 'rows'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
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
          <h3>
            {invalid.length} {invalid.length === 1 ? 'row has' : 'rows have'} problems; nothing was
            imported
          </h3>
          <ul aria-label="Rows with problems">
            {invalid.map((row) =>
              row.ok ? null : (
                <li key={row.line}>
                  Line {row.line}: {row.errors.join(' ')}
                </li>
              ),
            )}
          </ul>
          <p>Fix these rows and choose the file again.</p>
        </div>
      ) : null}
      <div className="actions">
        {invalid.length === 0 ? (
          <button type="button" className="primary" onClick={onImport}>
            Import {rows.length} {rows.length === 1 ? 'transaction' : 'transactions'}
          </button>
        ) : null}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
