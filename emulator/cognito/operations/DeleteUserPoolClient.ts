import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { clientIdLimit, requireClient } from './members';
import { definePoolManagement, type Checked, type EmptyResponse } from './operation';

/** DeleteUserPoolClient: the client and its sign-ins stop working at once. */
export const DeleteUserPoolClient = definePoolManagement<
  Checked<Sdk.DeleteUserPoolClientRequest, 'ClientId'>,
  EmptyResponse
>({
  read: (input) => ({ ClientId: input.string('ClientId', clientIdLimit) }),
  run: ({ ctx, pools }, r) => {
    requireClient(ctx, r.ClientId);
    if (ctx === pools.primary && ctx.config.clients[0]?.clientId === r.ClientId)
      throw new CognitoError(
        'InvalidParameterException',
        "The product's app client comes from the pool definition and cannot be deleted in the emulator.",
      );
    pools.update(ctx.config.userPoolId, (c) => ({
      ...c,
      clients: c.clients.filter((x) => x.clientId !== r.ClientId),
    }));
    return {};
  },
});
