import { isTransactionId } from '../../contract/transaction';
import { TransactionNotFoundError } from '../store/store-errors';
import type { Route } from './route-types';

/** DELETE /transactions/{id}: 204, or 404 when the caller has no such transaction. */
export const deleteTransaction: Route = async (request, { store }) => {
  const id = request.id ?? '';
  if (!isTransactionId(id)) throw new TransactionNotFoundError(id);
  await store.remove(request.caller.sub, id);
  return { status: 204 };
};
