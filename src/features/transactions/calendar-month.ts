// Calendar months as `YYYY-MM` strings. All arithmetic is on the numbers of the string, never
// on a Date in local time, so a month is the same month in every time zone.
import { checkDate } from '../../../contract/validate-transaction';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(month: string): readonly [number, number] {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A month `YYYY-MM` whose days the API accepts. */
export function isMonth(text: string): boolean {
  return monthPattern.test(text) && checkDate(`${text}-01`, 'month').ok;
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: string, count: number): string {
  const [year, number] = parts(month);
  const index = year * 12 + (number - 1) + count;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** The month a `YYYY-MM-DD` date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first and last day of `month`, inclusive. */
export function monthRange(month: string): { readonly from: string; readonly to: string } {
  const [year, number] = parts(month);
  return { from: `${month}-01`, to: `${month}-${pad(daysIn(year, number))}` };
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: string, count: number): readonly string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

// Building a DateTimeFormat costs far more than using one; a chart formats a dozen months.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/** "November 2026" in `locale` (the browser's by default); `short`: "Nov", for chart axes. */
export function formatMonth(month: string, locale?: string, style: 'long' | 'short' = 'long') {
  const [year, number] = parts(month);
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short' };
  return formatter(locale, options).format(Date.UTC(year, number - 1, 1));
}

/** A `YYYY-MM-DD` date for display in `locale` ("1 Nov 2026"). */
export function formatDay(date: string, locale?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatter(locale, { dateStyle: 'medium' }).format(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1),
  );
}
