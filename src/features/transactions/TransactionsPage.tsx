import { useState } from 'react';
import type { Transaction } from '../../../contract/transaction';
import { ErrorPanel } from '../../components/ErrorPanel';
import { DelayedStatusMessage } from '../../components/DelayedStatusMessage';
import { emptyFormValues, formValuesOf } from './form-values';
import { TotalsList } from './TotalsList';
import { TransactionForm } from './TransactionForm';
import { TransactionRow } from './TransactionRow';
import { useTransactionList } from './use-transaction-list';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { usePrefetchedClient } from './use-prefetched-client';
import { useTransactionsClient } from '../../lib/http/use-transactions-client';
import { useAuthSession } from '../../lib/auth/auth-session';
import { CsvControls } from './csv/CsvControls';
import { FilteredEmpty } from './FilteredEmpty';
import { LedgerCharts } from './LedgerCharts';
import { LedgerFilters } from './LedgerFilters';
import { categoriesOf, useLedgerSummaries } from './use-ledger-summaries';
import { useTransactionFilters } from './use-transaction-filters';
import { useLedgerText } from './use-ledger-text';
import './ledger.css';

type Editing =
  { readonly mode: 'add' } | { readonly mode: 'edit'; readonly transaction: Transaction };

const todayHere = () => new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in local time

/** The signed-in user's transactions, wired to the real API client. */
export default function TransactionsPage() {
  const defaultCurrency = useAuthSession().user?.defaultCurrency ?? undefined;
  return (
    <TransactionsView
      client={usePrefetchedClient(useTransactionsClient())}
      defaultCurrency={defaultCurrency}
    />
  );
}

/**
 * List, totals, add/edit/delete and paging over any TransactionsClient. A new transaction starts
 * in the last saved one's currency, else the user's default (Profile), else USD.
 */
export function TransactionsView({
  client,
  defaultCurrency,
  today = todayHere(),
}: {
  client: TransactionsClient;
  defaultCurrency?: string | undefined;
  /** `YYYY-MM-DD`; the month picker and the month chart count from it. */
  today?: string;
}) {
  const { text } = useLedgerText();
  const t = text.page;
  const { view, filters, isFiltered, clearFilters } = useTransactionFilters();
  const { state, reload: reloadList, loadMore } = useTransactionList(client, filters);
  // Every write bumps it, so the charts ask again with the list.
  const [writes, setWrites] = useState(0);
  const reload = () => (setWrites((n) => n + 1), reloadList());
  const summaries = useLedgerSummaries(client, view, today, writes);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [lastSaved, setLastCurrency] = useState<string | null>(null);
  const lastCurrency = lastSaved ?? defaultCurrency ?? 'USD';

  const onSaved = (saved: Transaction) => {
    setLastCurrency(saved.currency);
    setEditing(null);
    reload();
  };

  return (
    <section aria-labelledby="transactions-title">
      <div className="page-head">
        <h1 id="transactions-title">{text.title}</h1>
        {editing ? null : (
          <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
            {t.add}
          </button>
        )}
      </div>
      <CsvControls client={client} filters={filters} onImported={reload} today={() => today} />

      {editing ? (
        <TransactionForm
          key={editing.mode === 'edit' ? editing.transaction.id : 'new'}
          title={editing.mode === 'add' ? t.newTitle : t.editTitle}
          initial={
            editing.mode === 'add'
              ? emptyFormValues(today, lastCurrency)
              : formValuesOf(editing.transaction)
          }
          onSave={(input) =>
            editing.mode === 'add'
              ? client.create(input)
              : client.replace(editing.transaction.id, {
                  ...input,
                  version: editing.transaction.version,
                })
          }
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      ) : null}

      <LedgerFilters today={today} categories={categoriesOf(summaries)} />

      {state.totals ? <TotalsList totals={state.totals} /> : null}
      {state.totals?.length && !state.totalsCoverSearch ? (
        <p className="muted">{t.totalsSkipSearch}</p>
      ) : null}
      {state.totalsError && state.status === 'ready' ? (
        <p className="muted">{t.totalsUnavailable(state.totalsError.message)}</p>
      ) : null}

      {state.status === 'loading' && state.items.length === 0 ? (
        <DelayedStatusMessage>{t.loading}</DelayedStatusMessage>
      ) : null}
      {state.status === 'error' && state.error ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' && state.items.length === 0 && isFiltered ? (
        <FilteredEmpty onClear={clearFilters} />
      ) : null}
      {state.status === 'ready' && state.items.length === 0 && !isFiltered ? (
        <div className="empty">
          <p>{t.empty}</p>
          {editing ? null : (
            <button type="button" onClick={() => setEditing({ mode: 'add' })}>
              {t.addFirst}
            </button>
          )}
        </div>
      ) : null}

      {state.items.length > 0 ? (
        <ul
          className="transactions"
          aria-label={t.listLabel}
          aria-busy={state.status === 'loading'}
        >
          {state.items.map((transaction) => (
            <TransactionRow
              key={transaction.id}
              transaction={transaction}
              onEdit={(chosen) => setEditing({ mode: 'edit', transaction: chosen })}
              onDelete={async (chosen) => {
                await client.remove(chosen.id);
                reload();
              }}
            />
          ))}
        </ul>
      ) : null}

      {state.loadMoreError ? <ErrorPanel error={state.loadMoreError} onRetry={loadMore} /> : null}
      {state.nextCursor && state.status === 'ready' ? (
        <button type="button" onClick={loadMore} disabled={state.loadingMore}>
          {state.loadingMore ? t.loadingMore : t.loadMore}
        </button>
      ) : null}

      <LedgerCharts summaries={summaries} defaultCurrency={defaultCurrency} />
    </section>
  );
}
