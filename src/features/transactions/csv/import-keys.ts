import type { TransactionInput } from '../../../../contract/transaction';

/** A transaction's content in a fixed field order: equal for equal validated inputs. */
export function contentOf(input: TransactionInput): string {
  return JSON.stringify([
    input.date,
    input.description,
    input.amount,
    input.currency,
    input.category ?? null,
  ]);
}

/**
 * One Idempotency-Key per row: SHA-256 of the row's validated (trimmed, NFC) content and its
 * occurrence among identical rows of the file. So two identical rows both land (#1, #2), while
 * importing the same file again sends the same keys and the API replays instead of creating.
 * Keys are visible ASCII ("csv1-" + base64url), as the API requires; the version prefix lets
 * a later rule change never collide with these.
 */
export async function importKeys(inputs: readonly TransactionInput[]): Promise<string[]> {
  const seen = new Map<string, number>();
  return Promise.all(
    inputs.map(async (input) => {
      const content = contentOf(input);
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      const bytes = new TextEncoder().encode(`${content}#${occurrence}`);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return `csv1-${toBase64Url(digest)}`;
    }),
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
