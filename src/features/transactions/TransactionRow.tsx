import { useState } from 'react';
import type { Transaction } from '../../../contract/transaction';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import { useLedgerText } from './use-ledger-text';

export interface TransactionRowProps {
  readonly transaction: Transaction;
  readonly onEdit: (transaction: Transaction) => void;
  readonly onDelete: (transaction: Transaction) => Promise<void>;
}

/** One transaction; Delete asks for confirmation in place before anything is sent. */
export function TransactionRow({ transaction, onEdit, onDelete }: TransactionRowProps) {
  const describeError = useDescribeError();
  const { text, money, day } = useLedgerText();
  const t = text.row;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const amountClass = transaction.amount < 0 ? 'amount expense' : 'amount income';

  const confirmDelete = async () => {
    setDeleting(true);
    setError(null);
    try {
      await onDelete(transaction);
    } catch (caught) {
      setError(describeError(caught));
      setDeleting(false);
    }
  };

  // Each button's accessible name says which row it acts on ("Edit Groceries").
  const rowActions = [
    [t.edit, () => onEdit(transaction)],
    [t.delete, () => setConfirming(true)],
  ] as const;

  return (
    <li className="transaction">
      <div className="transaction-main">
        <time dateTime={transaction.date}>{day(transaction.date)}</time>
        <span className="description">{transaction.description}</span>
        <span className="category">{transaction.category ?? t.noCategory}</span>
        <span className={amountClass}>{money(transaction.amount, transaction.currency)}</span>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t.confirmLabel(transaction.description)}>
          <span>{t.confirmQuestion(transaction.description)}</span>
          <button
            type="button"
            className="danger"
            disabled={deleting}
            onClick={() => void confirmDelete()}
          >
            {deleting ? t.deleting : t.confirm}
          </button>
          <button type="button" disabled={deleting} onClick={() => setConfirming(false)}>
            {t.keep}
          </button>
        </div>
      ) : (
        <div className="row-actions">
          {rowActions.map(([label, act]) => (
            <button
              key={label}
              type="button"
              onClick={act}
              aria-label={t.actOn(label, transaction.description)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}
