/**
 * Matches a page path pattern ('/users/:username') against the part of a request path below the
 * console base; returns the URL-decoded parameters, or null. A parameter that is not valid
 * percent-encoding, or decodes to nothing, does not match.
 */
export function matchConsolePath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (!w.startsWith(':')) {
      if (w !== g) return null;
      continue;
    }
    let value: string;
    try {
      value = decodeURIComponent(g);
    } catch {
      return null;
    }
    if (value === '') return null;
    params[w.slice(1)] = value;
  }
  return params;
}
