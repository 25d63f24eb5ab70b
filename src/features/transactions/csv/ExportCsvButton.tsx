import { useId, useState } from 'react';
import { useDescribeError } from '../../../lib/errors/use-describe-error';
import { downloadTextFile } from './download-text-file';
import type { ListPage } from './fetch-all-pages';
import { TooManyTransactionsError, fetchAllPages } from './fetch-all-pages';
import { csvFileName, transactionsToCsv } from './transactions-to-csv';
import { useLedgerText } from '../use-ledger-text';

type ExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'busy' }
  | { readonly step: 'done'; readonly count: number }
  | { readonly step: 'failed'; readonly message: string }
  | { readonly step: 'tooMany'; readonly limit: number };

/**
 * Export CSV: every transaction of the current (filtered) view, as one file. The file itself is
 * a machine format (docs/csv.md: English header, ISO dates, '.' decimals) in every language.
 */
export function ExportCsvButton({ listPage, today }: { listPage: ListPage; today: () => string }) {
  const describeError = useDescribeError();
  const { text, count } = useLedgerText();
  const t = text.csv;
  const [bom, setBom] = useState(false);
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const bomId = useId();

  const exportCsv = async () => {
    setState({ step: 'busy' });
    try {
      const transactions = await fetchAllPages(listPage);
      downloadTextFile(
        transactionsToCsv(transactions, { bom }),
        csvFileName(today()),
        'text/csv;charset=utf-8',
      );
      setState({ step: 'done', count: transactions.length });
    } catch (error) {
      setState(
        error instanceof TooManyTransactionsError
          ? { step: 'tooMany', limit: error.limit }
          : { step: 'failed', message: describeError(error).message },
      );
    }
  };

  return (
    <div className="csv-export">
      <button type="button" onClick={() => void exportCsv()} disabled={state.step === 'busy'}>
        {state.step === 'busy' ? t.exporting : t.export}
      </button>
      <span className="checkbox">
        <input
          id={bomId}
          type="checkbox"
          checked={bom}
          onChange={(event) => setBom(event.currentTarget.checked)}
        />
        <label htmlFor={bomId}>{t.bom}</label>
      </span>
      {state.step === 'done' ? (
        <p role="status" className="status">
          {t.exported(count(state.count), state.count)}
        </p>
      ) : null}
      {state.step === 'failed' || state.step === 'tooMany' ? (
        <p role="alert" className="form-errors">
          {t.exportFailed(state.step === 'tooMany' ? t.tooMany(count(state.limit)) : state.message)}
        </p>
      ) : null}
    </div>
  );
}
