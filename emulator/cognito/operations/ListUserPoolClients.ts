import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { defineOperation } from './operation';
import { page, readMaxResults } from './pool-request';

/** ListUserPoolClients: id, name and pool of each client, in creation order. */
export const ListUserPoolClients = defineOperation<
  { MaxResults: number; NextToken?: string | undefined },
  Sdk.ListUserPoolClientsResponse,
  'iam'
>({
  auth: 'iam',
  read: (input) => ({
    MaxResults: readMaxResults(input, false),
    NextToken: input.optionalString('NextToken', 1024),
  }),
  run: (ctx, r) => {
    const { items, next } = page(ctx.config.clients, r.MaxResults, r.NextToken);
    return {
      UserPoolClients: items.map((c) => ({
        ClientId: c.clientId,
        UserPoolId: ctx.config.userPoolId,
        ClientName: c.clientName,
      })),
      ...(next === undefined ? {} : { NextToken: next }),
    };
  },
});
