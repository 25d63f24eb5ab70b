import type { Transaction, TransactionPage } from '../../../../contract/transaction';
import { transactionLimits } from '../../../../contract/transaction';
import { csvLimits } from './csv-limits';

/** More transactions match than one export (or duplicate check) reads; the UI words it from `limit`. */
export class TooManyTransactionsError extends Error {
  override readonly name = 'TooManyTransactionsError';
  constructor(readonly limit: number) {
    super(
      `More than ${limit} transactions match; narrow the filters (a shorter period) and try again.`,
    );
  }
}

/** Asks for one page of the (filtered) list. */
export type ListPage = (cursor: string | undefined, limit: number) => Promise<TransactionPage>;

/**
 * Every transaction of the list, page by page at the API's largest page size, reading at most
 * `limit` of them (so at most limit / 100 + 1 requests); more is an error, never a silent cut.
 */
export async function fetchAllPages(
  listPage: ListPage,
  limit: number = csvLimits.maxReadTransactions,
): Promise<Transaction[]> {
  const pageSize = transactionLimits.pageSizeMax;
  // Also bounds the requests, should the API ever answer short pages with a cursor.
  const maxRequests = Math.ceil(limit / pageSize) + 1;
  const items: Transaction[] = [];
  let cursor: string | undefined;
  let requests = 0;
  do {
    if (++requests > maxRequests) throw new TooManyTransactionsError(limit);
    const page = await listPage(cursor, pageSize);
    items.push(...page.items);
    if (items.length > limit) throw new TooManyTransactionsError(limit);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
