// The one rule for what a replacement (PUT) makes of a stored transaction, shared by every
// TransactionStore so they cannot disagree on which fields survive.

import type { Transaction, TransactionReplacement } from '../../contract/transaction';

/** `current` with the editable fields of `replacement`, `updatedAt` set and the version bumped. */
export function applyReplacement(
  current: Transaction,
  replacement: TransactionReplacement,
  updatedAt: string,
): Transaction {
  return {
    id: current.id,
    date: replacement.date,
    description: replacement.description,
    amount: replacement.amount,
    currency: replacement.currency,
    // An absent category removes the stored one: PUT replaces, it does not merge.
    ...(replacement.category !== undefined ? { category: replacement.category } : {}),
    createdAt: current.createdAt,
    updatedAt,
    version: current.version + 1,
  };
}
