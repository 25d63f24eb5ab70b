import { parseSummaryQuery } from '../../contract/transaction-filters';
import { summariseTransactions } from '../store/summarise-transactions';
import { invalidQuery } from './list-transactions';
import type { Route } from './route-types';

/**
 * GET /transactions/summary?from&to&groupBy : income, expense, net and count per currency, over
 * the range and per group (currency, month or category; see docs/api.md for what each reads).
 */
export const getSummary: Route = async (request, { store }) => {
  const parsed = parseSummaryQuery(request.queryValues);
  if (!parsed.ok) throw invalidQuery(parsed.errors);
  return {
    status: 200,
    body: await summariseTransactions(store, request.caller.sub, parsed.value),
  };
};
