import { useMemo } from 'react';
import { useI18n, useSignedInText } from '../../i18n/i18n-context';
import type { LedgerFormat } from './ledger-format';
import { ledgerFormat } from './ledger-format';

export type { LedgerFormat, LedgerText } from './ledger-format';

/** The ledger's text and formatters for the chosen language. */
export function useLedgerText(): LedgerFormat {
  const { intlLocale } = useI18n();
  const text = useSignedInText().ledger;
  return useMemo(() => ledgerFormat(text, intlLocale), [text, intlLocale]);
}
