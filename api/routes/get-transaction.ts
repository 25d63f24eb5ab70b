import { isTransactionId } from '../../contract/transaction';
import { TransactionNotFoundError } from '../store/store-errors';
import type { Route } from './route-types';

/** GET /transactions/{id}: another user's id is indistinguishable from a missing one. */
export const getTransaction: Route = async (request, { store }) => {
  const id = request.id ?? '';
  const transaction = isTransactionId(id) ? await store.get(request.caller.sub, id) : undefined;
  if (!transaction) throw new TransactionNotFoundError(id);
  return { status: 200, body: transaction };
};
