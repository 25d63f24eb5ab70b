import { currencySummary } from '../../contract/transaction';
import type { Route } from './route-types';

/** GET /transactions/summary: income, expense, net and count per currency. */
export const getSummary: Route = async (request, { store }) => {
  const { totals } = await store.summary(request.caller.sub);
  return { status: 200, body: currencySummary(totals) };
};
