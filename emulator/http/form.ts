import type { IncomingMessage } from 'node:http';
import { readBodyWithin } from './read-body';

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

/** Why a posted form was refused; each caller turns it into its own wire format. */
export type FormProblem =
  | { kind: 'mediaType' }
  | { kind: 'tooLarge'; limit: number }
  | { kind: 'duplicate'; field: string };

/** How a page answers a form problem: its status, an OAuth-style code and the message shown. */
export function describeFormProblem(problem: FormProblem): {
  status: number;
  code: 'invalid_request' | 'request_too_large';
  message: string;
} {
  switch (problem.kind) {
    case 'mediaType':
      return {
        status: 415,
        code: 'invalid_request',
        message: 'Forms must be posted as application/x-www-form-urlencoded.',
      };
    case 'tooLarge':
      return {
        status: 413,
        code: 'request_too_large',
        message: `The form is larger than ${problem.limit} bytes.`,
      };
    case 'duplicate':
      return {
        status: 400,
        code: 'invalid_request',
        message: `The field ${problem.field} was sent more than once.`,
      };
  }
}

/**
 * Reads an `application/x-www-form-urlencoded` body of at most `limit` bytes, refusing another
 * media type, a larger body and a field sent twice with the error `refuse` makes.
 */
export async function readForm(
  req: IncomingMessage,
  limit: number,
  refuse: (problem: FormProblem) => Error,
): Promise<Map<string, string>> {
  if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded')
    throw refuse({ kind: 'mediaType' });
  const raw = await readBodyWithin(req, limit, () => refuse({ kind: 'tooLarge', limit }));
  const { fields, duplicates } = parseForm(raw.toString('utf8'));
  if (duplicates.length > 0)
    throw refuse({ kind: 'duplicate', field: duplicates[0]!.slice(0, 64) });
  return fields;
}
