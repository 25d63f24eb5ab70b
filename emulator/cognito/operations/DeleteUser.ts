import { deleteOwnAccount } from '../account-self-service';
import { defineCallerOperation } from './members';
import type { EmptyResponse } from './operation';

/** DeleteUser: the caller deletes their own account; its tokens stop working. */
export const DeleteUser = defineCallerOperation<EmptyResponse>(
  (ctx, caller) => (deleteOwnAccount(ctx, caller), {}),
);
