/** Where signed-in users land when no (safe) return path is known. */
export const defaultSignedInPath = '/transactions';

const probeOrigin = 'https://app.invalid';

/**
 * Turns an untrusted "return to" value into an app-relative path (`/x?y#z`), or the default.
 * Only same-origin internal routes pass: `//host`, `/\host`, schemes, encoded or control-character
 * tricks all resolve elsewhere and are refused, as is the callback itself (it would loop).
 */
export function toSafeReturnPath(value: unknown, fallback = defaultSignedInPath): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== probeOrigin) return fallback;
  if (url.pathname === '/callback' || url.pathname.startsWith('/callback/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
