// CSV ("formula") injection: a spreadsheet runs a cell that starts with = + - @ (and, in some
// versions, a tab or CR) as a formula, e.g. =HYPERLINK(...) or a DDE call. OWASP's advice
// (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such cells with a single
// quote, which spreadsheets take as "this is text" and do not show. We apply it to the free-text
// columns (description, category) and, stricter than OWASP, to the full-width forms of those
// characters too, which some East Asian spreadsheet setups also accept. The other columns
// never need it: dates are ISO, currencies three letters, and amounts are written by
// formatMinorUnits, which only emits -?digits(.digits)?, a number to every spreadsheet (its
// leading '-' is a sign, not a formula, so the amount column is left as it is).
//
// The rule is reversible, so an export re-imports to the same text: a cell that starts with
// quotes followed by a trigger gets one more quote, and import removes exactly one.

const trigger = '[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]';
const needsGuard = new RegExp(`^'*${trigger}`, 'u');
const guarded = new RegExp(`^'+${trigger}`, 'u');

/** The text as a spreadsheet-safe cell: a leading quote where the cell could run as a formula. */
export function guardFormula(text: string): string {
  return needsGuard.test(text) ? `'${text}` : text;
}

/** The inverse of guardFormula: drops the one quote it would have added. */
export function unguardFormula(cell: string): string {
  return guarded.test(cell) ? cell.slice(1) : cell;
}
