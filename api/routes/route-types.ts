// The typed seam between the handler (which adapts Lambda events) and the route functions
// (which decide). Routes see the verified caller and parsed inputs, never the raw event.

import type { Clock } from '../../contract/clock';
import type { QueryValues } from '../../contract/transaction-filters';
import type { Caller } from '../auth/resolve-caller';
import type { ProfileStore } from '../store/profile-store';
import type { TransactionStore } from '../store/transaction-store';

export interface RouteDeps {
  readonly store: TransactionStore;
  /** The caller's profile item (same table, written by the PostConfirmation trigger). */
  readonly profiles: ProfileStore;
  /** Current time; tests pass a manual clock, the emulator its own. */
  readonly clock: Clock;
  /** New transaction ids (time-sortable ULIDs). */
  readonly ids: () => string;
}

export interface ApiRequest {
  readonly caller: Caller;
  /** `{id}` path parameter, when the route has one. */
  readonly id: string | undefined;
  /** Every value of every query parameter (a repeated one has several). */
  readonly queryValues: QueryValues;
  /** Every value of a request header (case-insensitive name). */
  readonly header: (name: string) => readonly string[];
  /** Parses the JSON body; throws 400/413/415 HttpErrors. */
  readonly body: () => unknown;
}

export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One operation. It may throw HttpErrors for request problems it decides itself, and lets the
 * store's domain errors through for store-error-responses.ts to answer.
 */
export type Route = (request: ApiRequest, deps: RouteDeps) => Promise<RouteResult>;
