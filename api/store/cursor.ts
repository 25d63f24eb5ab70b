// Opaque page cursors: base64url of the last item's keys. The decoder re-checks every part
// against the caller, so an edited or foreign cursor is refused, never another user's page.

import { ownerKey } from './item-codec';
import { InvalidCursorError } from './store-errors';

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

/** Decodes a cursor issued to `sub`; throws InvalidCursorError for anything else. */
export function decodeCursor(cursor: string, sub: string): PageKey {
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
  return { pk, sk, dateKey: d };
}
