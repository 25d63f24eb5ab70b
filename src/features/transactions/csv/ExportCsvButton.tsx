import { useId, useState } from 'react';
import { useDescribeError } from '../../../lib/errors/use-describe-error';
import { downloadTextFile } from './download-text-file';
import type { ListPage } from './fetch-all-pages';
import { TooManyTransactionsError, fetchAllPages } from './fetch-all-pages';
import { csvFileName, transactionsToCsv } from './transactions-to-csv';

type ExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'busy' }
  | { readonly step: 'done'; readonly count: number }
  | { readonly step: 'failed'; readonly message: string };

/** Export CSV: every transaction of the current (filtered) view, as one file. */
export function ExportCsvButton({ listPage, today }: { listPage: ListPage; today: () => string }) {
  const describeError = useDescribeError();
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
      setState({
        step: 'failed',
        message:
          error instanceof TooManyTransactionsError ? error.message : describeError(error).message,
      });
    }
  };

  return (
    <div className="csv-export">
      <button type="button" onClick={() => void exportCsv()} disabled={state.step === 'busy'}>
        {state.step === 'busy' ? 'Exporting…' : 'Export CSV'}
      </button>
      <span className="checkbox">
        <input
          id={bomId}
          type="checkbox"
          checked={bom}
          onChange={(event) => setBom(event.currentTarget.checked)}
        />
        <label htmlFor={bomId}>For Excel (UTF-8 BOM)</label>
      </span>
      {state.step === 'done' ? (
        <p role="status" className="status">
          Exported {state.count} {state.count === 1 ? 'transaction' : 'transactions'}.
        </p>
      ) : null}
      {state.step === 'failed' ? (
        <p role="alert" className="form-errors">
          Export failed: {state.message}
        </p>
      ) : null}
    </div>
  );
}
