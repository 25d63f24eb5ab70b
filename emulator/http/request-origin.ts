import type { IncomingMessage } from 'node:http';

/**
 * Where a request says it comes from: `none` (no Origin header: the AWS CLI and SDKs, curl, a
 * same-origin GET or a navigation), `same-origin`, `app` (a configured app origin) or `foreign`
 * (any other page, including the opaque `null` origin of sandboxed frames and file: pages).
 */
export type OriginKind = 'none' | 'same-origin' | 'app' | 'foreign';

/** Classifies the Origin header against this server's own origin and the app origins. */
export function classifyOrigin(
  req: IncomingMessage,
  selfOrigin: string,
  appOrigins: readonly string[],
): OriginKind {
  const origin = req.headers.origin;
  if (origin === undefined) return 'none';
  if (origin === selfOrigin) return 'same-origin';
  return appOrigins.includes(origin) ? 'app' : 'foreign';
}

/** True for 127.0.0.0/8 and ::1 (also as IPv4-mapped IPv6), the only peers of a dev tool. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * True when the Host header names this server by a loopback name or its own host. A page on a
 * hostile name that resolves to 127.0.0.1 (DNS rebinding) is same-origin with itself and sends
 * no Origin on GET, so only the Host header shows where it thinks it is.
 */
export function isOwnHost(req: IncomingMessage, selfOrigin: string): boolean {
  const host = req.headers.host;
  if (host === undefined) return false;
  const self = new URL(selfOrigin);
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return name === self.hostname || ['127.0.0.1', 'localhost', '[::1]'].includes(name);
}
