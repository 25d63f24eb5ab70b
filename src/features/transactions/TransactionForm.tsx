import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { currencyCodes } from '../../../contract/iso4217';
import type { Transaction, TransactionInput } from '../../../contract/transaction';
import { transactionLimits } from '../../../contract/transaction';
import { Field, fieldErrorId } from '../../components/Field';
import { ApiResponseError } from '../../lib/http/http-errors';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import type { FormErrors, FormField, FormValues } from './form-values';
import { groupFieldErrors, toTransactionInput } from './form-values';
import { useLedgerText } from './use-ledger-text';

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
const kinds = ['expense', 'income'] as const satisfies readonly FormValues['kind'][];

/** Add or edit one transaction; shows the shared rules' errors and the API's next to fields. */
export function TransactionForm({
  title,
  initial,
  onSave,
  onSaved,
  onCancel,
}: TransactionFormProps) {
  const describeError = useDescribeError();
  const ledgerText = useLedgerText().text;
  const t = ledgerText.form;
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
    const result = toTransactionInput(values, t, ledgerText.fieldProblems);
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
          ? groupFieldErrors(error.details, ledgerText.fieldProblems)
          : { fields: {}, other: [describeError(error).message] };
      setErrors(found);
      setSaving(false);
      queueMicrotask(() => focusFirstError(found));
    }
  };

  // What every control of a field carries: its id and name, the value, and its error's link.
  const control = (field: FormField) => ({
    id: `${id}-${field}`,
    name: field,
    value: values[field],
    onChange: set(field),
    'aria-invalid': Boolean(errors.fields[field]),
    'aria-describedby': errors.fields[field] ? fieldErrorId(`${id}-${field}`) : undefined,
  });
  const fieldProps = (field: FormField, label: string) => ({
    controlId: `${id}-${field}`,
    label,
    error: errors.fields[field],
  });

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
      <Field {...fieldProps('date', t.date)}>
        <input {...control('date')} type="date" required />
      </Field>
      <Field {...fieldProps('description', t.description)}>
        <input
          {...control('description')}
          required
          maxLength={transactionLimits.descriptionMaxLength * 2}
        />
      </Field>
      <fieldset className="field">
        <legend>{t.type}</legend>
        {kinds.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={values.kind === kind}
              onChange={set('kind')}
            />{' '}
            {t[kind]}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <Field {...fieldProps('amount', t.amount)}>
          <input {...control('amount')} inputMode="decimal" autoComplete="off" required />
        </Field>
        <Field {...fieldProps('currency', t.currency)}>
          <select {...control('currency')}>
            {(currencyCodes.includes(values.currency)
              ? currencyCodes
              : [values.currency, ...currencyCodes]
            ).map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field {...fieldProps('category', t.category)}>
        <input {...control('category')} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
