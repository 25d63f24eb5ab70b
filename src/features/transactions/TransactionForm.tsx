import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { currencyCodes } from '../../../contract/iso4217';
import type { Transaction, TransactionInput } from '../../../contract/transaction';
import { transactionLimits } from '../../../contract/transaction';
import { ApiResponseError } from '../../lib/http/http-errors';
import { normalizeError } from '../../lib/errors/normalize-error';
import type { FormErrors, FormField, FormValues } from './form-values';
import { groupFieldErrors, toTransactionInput } from './form-values';

export interface TransactionFormProps {
  readonly title: string;
  readonly initial: FormValues;
  /** Saves the input; throws the API client's errors, which the form shows. */
  readonly onSave: (input: TransactionInput) => Promise<Transaction>;
  readonly onSaved: (saved: Transaction) => void;
  readonly onCancel: () => void;
}

const noErrors: FormErrors = { fields: {}, other: [] };
const fieldOrder: readonly FormField[] = ['date', 'description', 'amount', 'currency', 'category'];

/** Add or edit one transaction; shows the shared rules' errors and the API's next to fields. */
export function TransactionForm({
  title,
  initial,
  onSave,
  onSaved,
  onCancel,
}: TransactionFormProps) {
  const id = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));

  const focusFirstError = (found: FormErrors) => {
    const first = fieldOrder.find((field) => found.fields[field]);
    const target = first
      ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)
      : formRef.current?.querySelector<HTMLElement>('[data-form-errors]');
    target?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const result = toTransactionInput(values);
    if (!result.ok) {
      setErrors(result.errors);
      queueMicrotask(() => focusFirstError(result.errors));
      return;
    }
    setSaving(true);
    setErrors(noErrors);
    try {
      onSaved(await onSave(result.input));
    } catch (error) {
      const found =
        error instanceof ApiResponseError && error.details.length > 0
          ? groupFieldErrors(error.details)
          : { fields: {}, other: [normalizeError(error).message] };
      setErrors(found);
      setSaving(false);
      queueMicrotask(() => focusFirstError(found));
    }
  };

  const describedBy = (field: FormField) =>
    errors.fields[field] ? `${id}-${field}-error` : undefined;
  const fieldError = (field: FormField) =>
    errors.fields[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors.fields[field]}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      className="panel transaction-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {errors.other.length > 0 ? (
        <div role="alert" className="form-errors" tabIndex={-1} data-form-errors>
          {errors.other.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          name="date"
          type="date"
          required
          value={values.date}
          onChange={set('date')}
          aria-invalid={Boolean(errors.fields.date)}
          aria-describedby={describedBy('date')}
        />
        {fieldError('date')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <input
          id={`${id}-description`}
          name="description"
          required
          maxLength={transactionLimits.descriptionMaxLength * 2}
          value={values.description}
          onChange={set('description')}
          aria-invalid={Boolean(errors.fields.description)}
          aria-describedby={describedBy('description')}
        />
        {fieldError('description')}
      </div>
      <fieldset className="field">
        <legend>Type</legend>
        <label>
          <input
            type="radio"
            name="kind"
            value="expense"
            checked={values.kind === 'expense'}
            onChange={set('kind')}
          />{' '}
          Expense
        </label>
        <label>
          <input
            type="radio"
            name="kind"
            value="income"
            checked={values.kind === 'income'}
            onChange={set('kind')}
          />{' '}
          Income
        </label>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-amount`}>Amount</label>
          <input
            id={`${id}-amount`}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            required
            value={values.amount}
            onChange={set('amount')}
            aria-invalid={Boolean(errors.fields.amount)}
            aria-describedby={describedBy('amount')}
          />
          {fieldError('amount')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            name="currency"
            value={values.currency}
            onChange={set('currency')}
            aria-invalid={Boolean(errors.fields.currency)}
            aria-describedby={describedBy('currency')}
          >
            {(currencyCodes.includes(values.currency)
              ? currencyCodes
              : [values.currency, ...currencyCodes]
            ).map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          {fieldError('currency')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category (optional)</label>
        <input
          id={`${id}-category`}
          name="category"
          value={values.category}
          onChange={set('category')}
          aria-invalid={Boolean(errors.fields.category)}
          aria-describedby={describedBy('category')}
        />
        {fieldError('category')}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
