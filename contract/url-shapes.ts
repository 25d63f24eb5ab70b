// URL shapes that configuration checks share: every edge asks "is this an origin?" and "is this
// http(s)?", and they must answer alike or a value one edge accepts breaks at the next.

/** The value as an http: or https: URL, or undefined. */
export function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An origin exactly as browsers send it: scheme, host and port, no path or trailing slash. */
export function isOrigin(value: string): boolean {
  return parseHttpUrl(value)?.origin === value;
}

const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http is acceptable only on the developer's own machine (the emulator). */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname);
}
