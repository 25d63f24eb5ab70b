// Opaque page cursors: base64url of the last item's keys. The decoder re-checks every part
// against the caller, so an edited or foreign cursor is refused, never another user's page.

import { ownerKey } from './item-codec';
import { InvalidCursorError } from './store-errors';
import type { DateRange } from './transaction-store';

export interface PageKey {
  readonly pk: string;
  readonly sk: string;
  readonly dateKey: string;
}

const ulid = '[0-7][0-9A-HJKMNP-TV-Z]{25}';
const skPattern = new RegExp(`^TX#(${ulid})$`);
const dateKeyPattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}#(${ulid})$`);
const maxCursorLength = 512;

export function encodeCursor(key: PageKey): string {
  const payload = JSON.stringify({ v: 1, pk: key.pk, sk: key.sk, d: key.dateKey });
  return Buffer.from(payload, 'utf8').toString('base64url');
}

/** The byDate index's sort-key bounds (inclusive) of a date range; `dateKey` is `{date}#{id}`. */
export function dateKeyBounds(range: DateRange): { readonly lo?: string; readonly hi?: string } {
  return {
    ...(range.from === undefined ? {} : { lo: range.from }),
    // '~' sorts after every ULID character, so this is after every key dated `to`.
    ...(range.to === undefined ? {} : { hi: `${range.to}#~` }),
  };
}

/**
 * Decodes a cursor issued to `sub`; throws InvalidCursorError for anything else, and for a
 * cursor outside `range` (issued for other filters: DynamoDB refuses a start key outside the
 * key condition, and an answer from another range would be wrong anyway).
 */
export function decodeCursor(cursor: string, sub: string, range: DateRange = {}): PageKey {
  const invalid = () => new InvalidCursorError();
  if (cursor.length > maxCursorLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { v, pk, sk, d } = parsed as Record<string, unknown>;
  if (v !== 1 || pk !== ownerKey(sub) || typeof sk !== 'string' || typeof d !== 'string') {
    throw invalid();
  }
  const idFromSk = skPattern.exec(sk)?.[1];
  if (idFromSk === undefined || dateKeyPattern.exec(d)?.[1] !== idFromSk) throw invalid();
  const { lo, hi } = dateKeyBounds(range);
  if ((lo !== undefined && d < lo) || (hi !== undefined && d > hi)) throw invalid();
  return { pk, sk, dateKey: d };
}
