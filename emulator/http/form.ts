/** Media type of a request without parameters, lower-cased ('' when absent). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Parses an `application/x-www-form-urlencoded` body. A field sent twice is ambiguous and is
 * reported in `duplicates` so callers can refuse it instead of guessing which one counts.
 */
export function parseForm(body: string): { fields: Map<string, string>; duplicates: string[] } {
  const fields = new Map<string, string>();
  const duplicates: string[] = [];
  for (const [key, value] of new URLSearchParams(body)) {
    if (fields.has(key)) duplicates.push(key);
    else fields.set(key, value);
  }
  return { fields, duplicates };
}
