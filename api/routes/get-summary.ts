import type { Route } from './route-types';

/** GET /transactions/summary: income, expense, net and count per currency. */
export const getSummary: Route = async (request, { store }) => ({
  status: 200,
  body: await store.summary(request.caller.sub),
});
