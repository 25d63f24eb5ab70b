import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeUserPoolClient } from '../pool-description';
import { clientIdLimit, requireClient } from './members';
import { buildClient, readClientRequest } from './client-request';
import { definePoolManagement } from './operation';

/** UpdateUserPoolClient: as on AWS, settings left out return to their defaults. */
export const UpdateUserPoolClient = definePoolManagement<
  Omit<Sdk.UpdateUserPoolClientRequest, 'UserPoolId'> & { ClientId: string },
  Sdk.UpdateUserPoolClientResponse
>({
  read: (input) => ({
    ...readClientRequest(input, ['UserPoolId', 'ClientId']),
    ClientId: input.string('ClientId', clientIdLimit),
  }),
  run: ({ ctx, pools }, { ClientId, ...request }) => {
    const previous = requireClient(ctx, ClientId);
    const client = buildClient(
      ctx,
      { ClientName: previous.clientName, ...request },
      ClientId,
      previous,
    );
    const config = pools.update(ctx.config.userPoolId, (c) => ({
      ...c,
      clients: c.clients.map((x) => (x.clientId === ClientId ? client : x)),
    }));
    return { UserPoolClient: describeUserPoolClient(config, ClientId) };
  },
});
