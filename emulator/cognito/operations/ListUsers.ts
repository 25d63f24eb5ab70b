import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { listUsers } from '../list-users';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  Sdk.ListUsersRequest,
  never,
  'Limit' | 'Filter' | 'PaginationToken' | 'AttributesToGet'
>;

/** ListUsers: `attr = "v"` / `attr ^= "v"` filters, AttributesToGet and opaque pagination. */
export const ListUsers = defineOperation<Request, Sdk.ListUsersResponse>({
  auth: 'iam',
  read: (input) => ({
    Limit: input.optionalNumber('Limit'),
    Filter: input.optionalString('Filter', 256, 0),
    PaginationToken: input.optionalString('PaginationToken', 256),
    AttributesToGet: input.optionalStringList('AttributesToGet', 32),
  }),
  run: (ctx, r) =>
    listUsers(ctx, {
      filter: r.Filter,
      limit: r.Limit,
      paginationToken: r.PaginationToken,
      attributesToGet: r.AttributesToGet,
    }),
});
