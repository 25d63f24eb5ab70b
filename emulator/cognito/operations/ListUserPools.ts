import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { defineServiceOperation } from './operation';
import { page, readMaxResults } from './pool-request';

const seconds = (ms: number) => ms / 1000;

/** ListUserPools: every pool, the product's first, then in creation order. */
export const ListUserPools = defineServiceOperation<
  { MaxResults: number; NextToken?: string | undefined },
  Sdk.ListUserPoolsResponse
>({
  read: (input) => ({
    MaxResults: readMaxResults(input, true),
    NextToken: input.optionalString('NextToken', 1024),
  }),
  run: ({ pools }, r) => {
    const { items, next } = page(pools.list(), r.MaxResults, r.NextToken);
    return {
      UserPools: items.map(({ config: c }) => ({
        Id: c.userPoolId,
        Name: c.userPoolName,
        LambdaConfig: {},
        LastModifiedDate: seconds(c.updatedAt ?? c.createdAt),
        CreationDate: seconds(c.createdAt),
      })),
      ...(next === undefined ? {} : { NextToken: next }),
    };
  },
});
