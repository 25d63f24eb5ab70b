import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { appClientFromRequest } from '../app-client-from-request';
import type { PoolContext } from '../pool-context';
import type { AppClientConfig } from '../pool-config';
import { resourceIds } from '../resource-ids';
import type { JsonInput } from './json-input';

type ClientRequest = Omit<Sdk.CreateUserPoolClientRequest, 'UserPoolId'>;

/**
 * The members of Create/UpdateUserPoolClient, as sent (appClientFromRequest checks each and
 * refuses those the emulator does not emulate).
 */
export function readClientRequest(input: JsonInput, skip: readonly string[]): ClientRequest {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input.members()))
    if (!skip.includes(k) && v !== null) out[k] = v;
  return out as ClientRequest;
}

/** A client built from a request, its secret and times kept from `previous` on an update. */
export function buildClient(
  ctx: PoolContext,
  request: ClientRequest,
  clientId: string,
  previous?: AppClientConfig,
): AppClientConfig {
  const now = ctx.clock.now();
  const primaryPkce = ctx.config.clients[0]?.requirePkce ?? true;
  // An update keeps the secret it has; it cannot ask for one.
  const fields: Record<string, unknown> = { ...request };
  if (previous) delete fields.GenerateSecret;
  const client = appClientFromRequest(
    { ...(fields as ClientRequest), ClientId: clientId },
    {
      requirePkce: previous?.requirePkce ?? primaryPkce,
      customAttributes: ctx.config.customAttributes,
      identityProviders: ctx.config.identityProviders,
    },
    resourceIds.clientSecret,
  );
  return {
    ...client,
    ...(previous?.clientSecret === undefined ? {} : { clientSecret: previous.clientSecret }),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}
