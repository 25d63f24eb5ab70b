import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { transactionLimits } from '../../../contract/transaction';
import { Field, fieldErrorId } from '../../components/Field';
import type { LedgerView } from './ledger-view';
import { parseLedgerView, periodRange } from './ledger-view';

export interface FilterFormProps {
  readonly view: LedgerView;
  /** Categories to suggest (those the period has). */
  readonly categories: readonly string[];
  readonly isFiltered: boolean;
  readonly onApply: (next: LedgerView) => void;
  readonly onClear: () => void;
}

const kinds = [
  ['', 'Income and expense'],
  ['income', 'Income'],
  ['expense', 'Expense'],
] as const;

/**
 * Date range, category, income or expense and search, applied together on submit (Enter in any
 * field). Its fields start from `view`: remount it (key) when the URL changes under it.
 */
export function FilterForm({ view, categories, isFiltered, onApply, onClear }: FilterFormProps) {
  const id = useId();
  const [rangeError, setRangeError] = useState<string | null>(null);
  const range = periodRange(view.period);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const [from, to] = [text('from'), text('to')];
    if (from && to && from > to) {
      setRangeError('The end date must be on or after the start date.');
      return;
    }
    setRangeError(null);
    // The same lenient rules as the URL, so what is applied is exactly what a link would show.
    const parsed = parseLedgerView(
      new URLSearchParams({
        from,
        to,
        category: text('category'),
        kind: text('kind'),
        q: text('q'),
      }),
    );
    // Unchanged dates keep the period as it was, so a month stays a month.
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
    <form role="search" aria-label="Filter transactions" className="filters" onSubmit={submit}>
      <div className="field-row">
        <Field controlId={`${id}-from`} label="From">
          <input id={`${id}-from`} name="from" type="date" defaultValue={range.from ?? ''} />
        </Field>
        <Field controlId={`${id}-to`} label="To" error={rangeError ?? undefined}>
          <input
            id={`${id}-to`}
            name="to"
            type="date"
            defaultValue={range.to ?? ''}
            {...errorProps(`${id}-to`)}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field controlId={`${id}-category`} label="Category">
          <input
            id={`${id}-category`}
            name="category"
            list={`${id}-categories`}
            maxLength={transactionLimits.categoryMaxLength}
            defaultValue={view.category ?? ''}
          />
        </Field>
        <datalist id={`${id}-categories`}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        <Field controlId={`${id}-kind`} label="Income or expense">
          <select id={`${id}-kind`} name="kind" defaultValue={view.kind ?? ''}>
            {kinds.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field controlId={`${id}-q`} label="Search">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            maxLength={transactionLimits.searchMaxLength}
            defaultValue={view.q ?? ''}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="submit">Apply filters</button>
        {isFiltered ? (
          <button type="button" onClick={onClear}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
