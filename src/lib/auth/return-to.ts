/** Where signed-in users land when no (safe) return path is known. */
export const defaultSignedInPath = '/transactions';

// Stands in for the app's own origin: return paths are router paths (below the basename, which
// the router adds), so only the origin matters, and a fixed one keeps this a pure function.
const appOrigin = 'https://app.invalid';

// Encoded separators in the path never name a route of this app, and a later decode could turn
// them into `//host` or `/\host`; refused rather than reasoned about.
const encodedSeparator = /%(2f|5c)/i;

/** The path, query and hash of `value` resolved against the app's origin, or null if it leaves. */
function resolveInApp(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, appOrigin);
  } catch {
    return null;
  }
  if (url.origin !== appOrigin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Turns an untrusted "return to" value into an app-relative path (`/x?y#z`), or the default.
 * The value is normalised as the browser will (dot segments, `%2e`), and the result must itself
 * be a stable same-origin path: `/.//host` normalises to `//host`, which is refused. Schemes,
 * `//host`, `/\host`, control characters, encoded separators and the callback (it would loop)
 * are refused too.
 */
export function toSafeReturnPath(value: unknown, fallback = defaultSignedInPath): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const pathPart = value.split(/[?#]/, 1)[0] ?? '';
  if (encodedSeparator.test(pathPart)) return fallback;
  const resolved = resolveInApp(value);
  if (resolved === null || resolved.startsWith('//')) return fallback;
  // The result is what the router navigates to: read again, it must name the same place.
  if (resolveInApp(resolved) !== resolved) return fallback;
  const pathname = resolved.split(/[?#]/, 1)[0] ?? '';
  if (pathname === '/callback' || pathname.startsWith('/callback/')) return fallback;
  return resolved;
}
