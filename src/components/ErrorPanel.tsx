import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { UiError } from '../lib/errors/normalize-error';

export interface ErrorPanelProps {
  readonly error: Pick<UiError, 'title' | 'message' | 'requestId'>;
  /** Shown as a "Try again" button when given. */
  readonly onRetry?: () => void;
  readonly retryLabel?: string;
  readonly children?: ReactNode;
}

/** An error as an alert with its title, explanation, reference and a way forward. */
export function ErrorPanel({ error, onRetry, retryLabel, children }: ErrorPanelProps) {
  const { text } = useI18n();
  return (
    <div role="alert" className="panel panel-error">
      <h2>{error.title}</h2>
      <p>{error.message}</p>
      {error.requestId ? (
        <p className="muted">
          {text.reference} <code>{error.requestId}</code>
        </p>
      ) : null}
      <div className="actions">
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            {retryLabel ?? text.tryAgain}
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}
