import { useState } from 'react';
import type { Transaction } from '../../../contract/transaction';
import { formatMoney } from '../../lib/money/format-money';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';

export interface TransactionRowProps {
  readonly transaction: Transaction;
  readonly onEdit: (transaction: Transaction) => void;
  readonly onDelete: (transaction: Transaction) => Promise<void>;
}

/** One transaction; Delete asks for confirmation in place before anything is sent. */
export function TransactionRow({ transaction, onEdit, onDelete }: TransactionRowProps) {
  const describeError = useDescribeError();
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
    ['Edit', () => onEdit(transaction)],
    ['Delete', () => setConfirming(true)],
  ] as const;

  return (
    <li className="transaction">
      <div className="transaction-main">
        <time dateTime={transaction.date}>{transaction.date}</time>
        <span className="description">{transaction.description}</span>
        <span className="category">{transaction.category ?? '—'}</span>
        <span className={amountClass}>{formatMoney(transaction.amount, transaction.currency)}</span>
      </div>
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={`Confirm deleting ${transaction.description}`}
        >
          <span>Delete “{transaction.description}”?</span>
          <button
            type="button"
            className="danger"
            disabled={deleting}
            onClick={() => void confirmDelete()}
          >
            {deleting ? 'Deleting…' : 'Yes, delete'}
          </button>
          <button type="button" disabled={deleting} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="row-actions">
          {rowActions.map(([label, act]) => (
            <button
              key={label}
              type="button"
              onClick={act}
              aria-label={`${label} ${transaction.description}`}
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
