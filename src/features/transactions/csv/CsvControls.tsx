import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import type { TransactionFilters } from '../../../../contract/transaction';
import type { TransactionsClient } from '../../../lib/http/transactions-client';
import { ExportCsvButton } from './ExportCsvButton';
import type { ListPage } from './fetch-all-pages';
import { fetchAllPages } from './fetch-all-pages';
import type { CsvImportDeps } from './use-csv-import';
import { useLedgerText } from '../use-ledger-text';
import './csv.css';

// The import's parser, preview and writer load only when someone opens it.
const ImportCsvPanel = lazy(() => import('./ImportCsvPanel'));

export interface CsvControlsProps {
  readonly client: TransactionsClient;
  /** The list's current filters, so the export is the view on screen. */
  readonly filters?: TransactionFilters | undefined;
  /** Refreshes the list after an import wrote something. */
  readonly onImported: () => void;
  readonly today: () => string;
}

/** Export CSV and Import CSV for the transactions page. */
export function CsvControls({ client, filters, onImported, today }: CsvControlsProps) {
  const t = useLedgerText().text.csv;
  const [importing, setImporting] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const closedOnce = useRef(false);
  // Closing the panel gives the keyboard back to the button that opened it.
  useEffect(() => {
    if (!importing && closedOnce.current) importButton.current?.focus();
    closedOnce.current = importing || closedOnce.current;
  }, [importing]);
  const listPage: ListPage = useMemo(
    () => (cursor, limit) =>
      client.list({ ...(filters ? { filters } : {}), limit, ...(cursor ? { cursor } : {}) }),
    [client, filters],
  );
  const deps: CsvImportDeps = useMemo(
    () => ({
      // Only the file's date range, read through the by-date index.
      readExisting: (range) =>
        fetchAllPages((cursor, limit) =>
          client.list({ filters: range, limit, ...(cursor ? { cursor } : {}) }),
        ),
      create: (row) => client.createIdempotent(row.input, row.idempotencyKey),
      onImported,
    }),
    [client, onImported],
  );
  return (
    <div className="csv-controls">
      <ExportCsvButton listPage={listPage} today={today} />
      {importing ? null : (
        <button type="button" ref={importButton} onClick={() => setImporting(true)}>
          {t.import}
        </button>
      )}
      {importing ? (
        <Suspense fallback={<p role="status">{t.loadingImporter}</p>}>
          <ImportCsvPanel {...deps} onClose={() => setImporting(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
