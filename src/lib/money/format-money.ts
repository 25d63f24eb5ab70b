import { minorUnitDigits } from '../../../contract/iso4217';
import { formatMinorUnits } from '../../../contract/money';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats an integer of minor units for display in `locale`, with exactly the currency's
 * ISO 4217 minor digits (JPY 0, USD 2, KWD 3). The decimal string goes to Intl as text, so
 * no float ever rounds an amount. Unknown currencies show as "123.45 XYZ".
 */
export function formatMoney(minorUnits: number, currency: string, locale?: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === undefined || !Number.isSafeInteger(minorUnits)) {
    return `${String(minorUnits)} ${currency}`;
  }
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  // Intl.NumberFormat.format accepts a decimal string exactly (ES2023); the types lag behind.
  return formatter.format(formatMinorUnits(minorUnits, currency) as unknown as number);
}
