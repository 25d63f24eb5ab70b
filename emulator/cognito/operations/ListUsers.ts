import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { listUsers } from '../admin-users';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.ListUsersRequest, never, 'Limit' | 'Filter' | 'PaginationToken'>;

/** ListUsers: `attr = "v"` / `attr ^= "v"` filters and opaque pagination. */
export const ListUsers = defineOperation<Request, Sdk.ListUsersResponse>({
  auth: 'iam',
  read: (input) => ({
    Limit: input.optionalNumber('Limit'),
    Filter: input.optionalString('Filter', 256),
    PaginationToken: input.optionalString('PaginationToken', 256),
  }),
  run: (ctx, r) =>
    listUsers(ctx, { filter: r.Filter, limit: r.Limit, paginationToken: r.PaginationToken }),
});
