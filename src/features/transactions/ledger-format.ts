import type { SignedInText } from '../../i18n/text-types';
import { formatMoney } from '../../lib/money/format-money';
import { formatDay, formatMonth } from './calendar-month';

export type LedgerText = SignedInText['ledger'];

/** The ledger's words and its Intl formatters, all in the chosen language. */
export interface LedgerFormat {
  readonly text: LedgerText;
  readonly intlLocale: string;
  /** Minor units as money ("$12.34", "US$12.34", "₩1,000"). */
  readonly money: (minorUnits: number, currency: string) => string;
  /** A count with the language's grouping ("5,000"). */
  readonly count: (n: number) => string;
  /** `YYYY-MM` as "November 2026" / "2026년 11월"; `short` for chart axes. */
  readonly month: (month: string, style?: 'long' | 'short') => string;
  /** `YYYY-MM-DD` as "Nov 1, 2026" / "2026. 11. 1.". */
  readonly day: (date: string) => string;
}

/** Builds the formatters for one Intl tag (also for code outside React, such as the importer). */
export function ledgerFormat(text: LedgerText, intlLocale: string): LedgerFormat {
  const numbers = new Intl.NumberFormat(intlLocale);
  return {
    text,
    intlLocale,
    money: (minorUnits, currency) => formatMoney(minorUnits, currency, intlLocale),
    count: (n) => numbers.format(n),
    month: (month, style = 'long') => formatMonth(month, intlLocale, style),
    day: (date) => formatDay(date, intlLocale),
  };
}
