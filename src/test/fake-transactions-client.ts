// A TransactionsClient on no API: an empty list and totals, writes echo what was sent. Tests
// override the calls they are about.
import { vi } from 'vitest';
import type { TransactionInput } from '../../contract/transaction';
import { currencySummary } from '../../contract/transaction';
import type { TransactionsClient } from '../lib/http/transactions-client';
import { buildTransaction } from './builders';

export function fakeTransactionsClient(
  overrides: Partial<TransactionsClient> = {},
): TransactionsClient {
  return {
    list: vi.fn(async () => ({ items: [] })),
    summary: vi.fn(async () => currencySummary([])),
    get: vi.fn(),
    create: vi.fn(async (input: TransactionInput) => buildTransaction(input)),
    replace: vi.fn(async (_id: string, body: TransactionInput) => buildTransaction(body)),
    remove: vi.fn(async () => undefined),
    profile: vi.fn(async () => null),
    ...overrides,
  };
}
