import { isTransactionId } from '../../contract/transaction';
import { validateTransactionReplacement } from '../../contract/validate-transaction';
import { ValidationError } from '../errors/http-error';
import { TransactionNotFoundError } from '../store/store-errors';
import type { Route } from './route-types';

/** PUT /transactions/{id}: replaces the editable fields if `version` is current (else 409). */
export const replaceTransaction: Route = async (request, { store, clock }) => {
  const id = request.id ?? '';
  // The body is checked first so a malformed request is a 400 whatever the id.
  const result = validateTransactionReplacement(request.body());
  if (!result.ok) throw new ValidationError(result.errors);
  if (!isTransactionId(id)) throw new TransactionNotFoundError(id);
  const transaction = await store.replace(
    request.caller.sub,
    id,
    result.value,
    new Date(clock.now()).toISOString(),
  );
  return { status: 200, body: transaction };
};
