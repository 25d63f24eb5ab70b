import type { ReactNode } from 'react';

export interface FieldProps {
  /** The id of the control inside; its error gets `{controlId}-error`. */
  readonly controlId: string;
  readonly label: string;
  readonly error?: string | undefined;
  /** The control, with `id={controlId}` and, when there is an error, `aria-describedby={fieldErrorId(controlId)}`. */
  readonly children: ReactNode;
}

/** The id a control's `aria-describedby` should name when it has an error. */
export function fieldErrorId(controlId: string): string {
  return `${controlId}-error`;
}

/** A labelled form control with its error beneath it. */
export function Field({ controlId, label, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {children}
      {error ? (
        <p id={fieldErrorId(controlId)} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
