// API Gateway (REST, Cognito User Pools authorizer) hands the Lambda every claim as a string.
// Handlers written against AWS parse those strings, so the emulator must produce the same ones:
// see reference/cognito-behavior.md §8.5.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Claims that API Gateway renders with Java's `Date.toString()` instead of as a number. */
const JAVA_DATE_CLAIMS: ReadonlySet<string> = new Set(['exp', 'iat']);

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Formats epoch seconds like Java's `Date.toString()` in UTC: `Thu Dec 06 17:08:23 UTC 2018`. */
export function formatJavaDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
}

function stringifyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null || value === undefined) return '';
  // Arrays (cognito:groups, cognito:roles) arrive comma-joined, as in REST captures; HTTP APIs differ.
  if (Array.isArray(value)) return value.map(stringifyValue).join(',');
  return JSON.stringify(value);
}

/**
 * Turns a verified JWT payload into `requestContext.authorizer.claims` as AWS sends it: every value a
 * string, booleans "true"/"false", `exp`/`iat` as Java dates, arrays comma-joined. The result is a
 * fresh object built with `Object.fromEntries`, so a `__proto__` claim stays an ordinary key.
 */
export function stringifyClaims(
  payload: Readonly<Record<string, unknown>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      JAVA_DATE_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)
        ? formatJavaDate(value)
        : stringifyValue(value),
    ]),
  );
}
