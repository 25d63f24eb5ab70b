import type { IncomingMessage } from 'node:http';
import { classifyOrigin, isLoopbackAddress, isOwnHost } from './request-origin';

/** Where the emulator's dev tools (mailbox, console) may be reached from. */
export interface DevToolAccess {
  /** The emulator's own origin (its domain). */
  readonly selfOrigin: string;
  /** The configured app origins. */
  readonly appOrigins: readonly string[];
}

/**
 * Which pages besides the tool's own may call it: `app-origins` (the mailbox's JSON, read by the
 * SPA's tests and dev pages) or `same-origin` (the console, whose forms change the pool).
 */
export type DevToolCallers = 'app-origins' | 'same-origin';

/**
 * The dev tools hold codes, temporary passwords and admin actions, so they answer only a
 * loopback peer that addresses them by their own host name (no DNS rebinding) and whose Origin,
 * if any, is allowed: no other page the developer visits can read or drive them. Returns why a
 * request is refused, or null.
 */
export function devToolRefusal(
  req: IncomingMessage,
  access: DevToolAccess,
  tool: string,
  callers: DevToolCallers,
): string | null {
  if (!isLoopbackAddress(req.socket.remoteAddress))
    return `The ${tool} answers only on this machine (loopback).`;
  if (!isOwnHost(req, access.selfOrigin))
    return `The ${tool} answers only under its own host name.`;
  const origin = classifyOrigin(req, access.selfOrigin, access.appOrigins);
  if (origin === 'foreign' || (callers === 'same-origin' && origin === 'app'))
    return callers === 'same-origin'
      ? `The ${tool} answers only its own pages.`
      : `The ${tool} answers only its own pages and the configured app origins.`;
  return null;
}
