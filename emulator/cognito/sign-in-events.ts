// Recent sign-in events per user, for the dev console's user page. Memory only and bounded
// (a ring per user, and a bound on users), so a long session or a guessing loop cannot grow it.
// Every place a sign-in outcome happens calls `recordSignInEvent`; nothing else reads or writes.

import type { Clock } from '../../contract/clock';
import type { PoolContext } from './pool-context';

export type SignInEventKind =
  | 'signed-in'
  | 'new-password-required'
  | 'wrong-password'
  | 'locked'
  | 'refused'
  | 'refreshed'
  | 'signed-out';

export interface SignInEvent {
  readonly kind: SignInEventKind;
  /** Epoch milliseconds, on the pool's clock. */
  readonly at: number;
  /** A short reason in Cognito's words ("User is disabled."), never a secret. */
  readonly detail?: string | undefined;
}

export interface SignInEvents {
  record(username: string, kind: SignInEventKind, detail?: string): void;
  /** Newest first. */
  list(username: string): readonly SignInEvent[];
}

export function createSignInEvents(
  clock: Clock,
  limits: { perUser?: number; users?: number } = {},
): SignInEvents {
  const perUser = limits.perUser ?? 20;
  const maxUsers = limits.users ?? 1000;
  // A Map keeps insertion order: re-inserting on each event makes the first key the stalest.
  const byUser = new Map<string, SignInEvent[]>();
  return {
    record(username, kind, detail) {
      const ring = byUser.get(username) ?? [];
      byUser.delete(username);
      ring.push({ kind, at: clock.now(), ...(detail === undefined ? {} : { detail }) });
      if (ring.length > perUser) ring.splice(0, ring.length - perUser);
      byUser.set(username, ring);
      if (byUser.size > maxUsers) byUser.delete(byUser.keys().next().value!);
    },
    list: (username) => [...(byUser.get(username) ?? [])].reverse(),
  };
}

/** The one hook: records an event of a known user of this pool. */
export function recordSignInEvent(
  ctx: PoolContext,
  username: string,
  kind: SignInEventKind,
  detail?: string,
): void {
  ctx.signIns.record(username, kind, detail);
}
