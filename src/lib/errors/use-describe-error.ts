import { useCallback, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { ErrorContext } from './normalize-error';
import { normalizeError } from './normalize-error';
import type { UiError } from './ui-error';

export type DescribeError = (error: unknown, context?: ErrorContext) => UiError;

/**
 * normalizeError in the chosen language, as a function whose identity never changes: hooks
 * can call it from effects and callbacks without re-running them when the language changes.
 */
export function useDescribeError(): DescribeError {
  const { text } = useI18n();
  const latest = useRef(text.errors);
  useEffect(() => {
    latest.current = text.errors;
  }, [text.errors]);
  return useCallback((error, context) => normalizeError(error, latest.current, context), []);
}
