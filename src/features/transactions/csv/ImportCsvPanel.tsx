import { useEffect, useId, useRef } from 'react';
import type { CsvImportDeps } from './use-csv-import';
import { useCsvImport } from './use-csv-import';
import { ImportPreview } from './ImportPreview';
import { ImportSummaryView } from './ImportSummaryView';
import { csvColumns, csvLimits, maxImportSize } from './csv-limits';
import { useLedgerText } from '../use-ledger-text';

export interface ImportCsvPanelProps extends CsvImportDeps {
  readonly onClose: () => void;
}

/** Import CSV: pick a file, preview and check it, write it with progress, see what happened. */
export default function ImportCsvPanel({ onClose, ...deps }: ImportCsvPanelProps) {
  const { state, choose, cancel, write } = useCsvImport(deps);
  const { text, count } = useLedgerText();
  const t = text.csv;
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const picker = useRef<HTMLInputElement>(null);
  // Opening the panel (or cancelling a preview) puts the keyboard on the file picker.
  useEffect(() => {
    if (state.step === 'choose') picker.current?.focus();
  }, [state.step]);
  return (
    <section className="panel csv-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t.import}</h2>
      {state.step === 'choose' ? (
        <>
          <div className="field">
            <label htmlFor={inputId}>{t.fileLabel}</label>
            <input
              id={inputId}
              ref={picker}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={hintId}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void choose(file);
              }}
            />
            <p id={hintId} className="muted">
              {t.fileHint(csvColumns.join(','), count(csvLimits.maxImportRows), maxImportSize)}
            </p>
          </div>
          {state.refusal ? (
            <p role="alert" className="form-errors">
              {state.refusal}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </>
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreview
          fileName={state.fileName}
          rows={state.rows}
          onImport={() => void write()}
          onCancel={cancel}
        />
      ) : null}
      {state.step === 'checking' ? <p role="status">{t.checking(count(state.total))}</p> : null}
      {state.step === 'writing' ? (
        <div className="field">
          <label htmlFor={`${inputId}-progress`}>{t.progressLabel}</label>
          <progress id={`${inputId}-progress`} value={state.done} max={state.total} />
          <p role="status">{t.progress(count(state.done), count(state.total))}</p>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <ImportSummaryView summary={state.summary} onClose={onClose} />
      ) : null}
    </section>
  );
}
