import { transactionLimits } from '../../contract/transaction';
import { BadRequestError } from '../errors/http-error';
import type { Route } from './route-types';

/** GET /transactions?limit=&cursor= : one page of the caller's transactions. */
export const listTransactions: Route = async (request, { store }) => {
  const limit = parseLimit(request.query['limit']);
  const cursor = request.query['cursor'];
  const page = await store.list(
    request.caller.sub,
    limit,
    cursor === undefined || cursor === '' ? undefined : cursor,
  );
  return { status: 200, body: page };
};

function parseLimit(raw: string | undefined): number {
  const { pageSizeDefault, pageSizeMax } = transactionLimits;
  if (raw === undefined || raw === '') return pageSizeDefault;
  const limit = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(limit >= 1 && limit <= pageSizeMax)) {
    const message = `limit must be a whole number from 1 to ${pageSizeMax}.`;
    throw new BadRequestError('invalid_query', message, [{ field: 'limit', message }]);
  }
  return limit;
}
