import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { transactionLimits } from '../../../contract/transaction';
import { Field, fieldErrorId } from '../../components/Field';
import type { LedgerView } from './ledger-view';
import { parseLedgerView, periodRange } from './ledger-view';
import { useLedgerText } from './use-ledger-text';

export interface FilterFormProps {
  readonly view: LedgerView;
  /** Categories to suggest (those the period has). */
  readonly categories: readonly string[];
  readonly isFiltered: boolean;
  readonly onApply: (next: LedgerView) => void;
  readonly onClear: () => void;
}

const kinds = [
  ['', 'bothKinds'],
  ['income', 'income'],
  ['expense', 'expense'],
] as const;

/**
 * Date range, category, income or expense and search, applied together on submit (Enter in any
 * field); focus stays where it was. The fields follow `view` whenever it changes.
 */
export function FilterForm({ view, categories, isFiltered, onApply, onClear }: FilterFormProps) {
  const id = useId();
  const t = useLedgerText().text.filters;
  // A flag, not the words, so the message follows a change of language.
  const [rangeError, setRangeError] = useState(false);
  const [fields, setFields] = useState(() => fieldsOf(view));
  // A new view from outside (Back, the month picker, a cleared filter) resets the fields, in
  // render (not an effect), so they never show the old view for a frame.
  const [shown, setShown] = useState(view);
  if (shown !== view) {
    setShown(view);
    setFields(fieldsOf(view));
    setRangeError(false);
  }
  // id, name, value and onChange of the control for one field.
  const control = (name: keyof FilterFields) => ({
    id: `${id}-${name}`,
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) =>
      setFields((previous) => ({ ...previous, [name]: event.target.value })),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { from, to } = fields;
    if (from && to && from > to) {
      setRangeError(true);
      return;
    }
    setRangeError(false);
    // The same lenient rules as the URL, so what is applied is exactly what a link would show.
    const parsed = parseLedgerView(new URLSearchParams(fields));
    // Unchanged dates keep the period as it was, so a month stays a month.
    const range = periodRange(view.period);
    const unchanged = from === (range.from ?? '') && to === (range.to ?? '');
    onApply({
      ...parsed,
      period: unchanged ? view.period : parsed.period,
      ...(view.currency ? { currency: view.currency } : {}),
    });
  };

  const errorProps = (controlId: string) =>
    rangeError ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(controlId) } : {};

  return (
    <form role="search" aria-label={t.formLabel} className="filters" onSubmit={submit}>
      <div className="field-row">
        <Field controlId={`${id}-from`} label={t.from}>
          <input {...control('from')} type="date" />
        </Field>
        <Field
          controlId={`${id}-to`}
          label={t.to}
          error={rangeError ? t.endBeforeStart : undefined}
        >
          <input {...control('to')} type="date" {...errorProps(`${id}-to`)} />
        </Field>
      </div>
      <div className="field-row">
        <Field controlId={`${id}-category`} label={t.category}>
          <input
            {...control('category')}
            list={`${id}-categories`}
            maxLength={transactionLimits.categoryMaxLength}
          />
        </Field>
        <datalist id={`${id}-categories`}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        <Field controlId={`${id}-kind`} label={t.kind}>
          <select {...control('kind')}>
            {kinds.map(([value, key]) => (
              <option key={value} value={value}>
                {t[key]}
              </option>
            ))}
          </select>
        </Field>
        <Field controlId={`${id}-q`} label={t.search}>
          <input {...control('q')} type="search" maxLength={transactionLimits.searchMaxLength} />
        </Field>
      </div>
      <div className="actions">
        <button type="submit">{t.apply}</button>
        {isFiltered ? (
          <button type="button" onClick={onClear}>
            {t.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}

type FilterFields = Record<'from' | 'to' | 'category' | 'kind' | 'q', string>;

function fieldsOf(view: LedgerView): FilterFields {
  const range = periodRange(view.period);
  return {
    from: range.from ?? '',
    to: range.to ?? '',
    category: view.category ?? '',
    kind: view.kind ?? '',
    q: view.q ?? '',
  };
}
