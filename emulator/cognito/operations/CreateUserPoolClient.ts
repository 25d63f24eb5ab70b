import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeUserPoolClient } from '../pool-description';
import { resourceIds } from '../resource-ids';
import { buildClient, readClientRequest } from './client-request';
import { definePoolManagement } from './operation';

/** CreateUserPoolClient: a new app client (26-character id; a secret with GenerateSecret). */
export const CreateUserPoolClient = definePoolManagement<
  Omit<Sdk.CreateUserPoolClientRequest, 'UserPoolId'>,
  Sdk.CreateUserPoolClientResponse
>({
  read: (input) => {
    input.string('ClientName', 128);
    return readClientRequest(input, ['UserPoolId']);
  },
  run: ({ ctx, pools }, request) => {
    const client = buildClient(ctx, request, resourceIds.clientId());
    const config = pools.update(ctx.config.userPoolId, (c) => ({
      ...c,
      clients: [...c.clients, client],
    }));
    return { UserPoolClient: describeUserPoolClient(config, client.clientId) };
  },
});
