// Pools, clients and users created through the JSON API (AWS SDK v3), as a tutorial or another
// product would create them, for the suites about pools other than the product's.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';

export type PoolSettings = Omit<CreateUserPoolCommandInput, 'PoolName'>;
export type ClientSettings = Omit<CreateUserPoolClientCommandInput, 'UserPoolId' | 'ClientName'>;

export interface CreatedPool {
  readonly poolId: string;
  readonly clientId: string;
  /** Only for clients created with GenerateSecret. */
  readonly clientSecret: string | undefined;
}

/** A new pool with `settings` and one app client with `client`. */
export async function createPoolWithClient(
  sdk: CognitoIdentityProviderClient,
  settings: PoolSettings,
  client: ClientSettings,
): Promise<CreatedPool> {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'p', ...settings }));
  const created = await sdk.send(
    new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id, ClientName: 'app', ...client }),
  );
  return {
    poolId: UserPool!.Id!,
    clientId: created.UserPoolClient!.ClientId!,
    clientSecret: created.UserPoolClient!.ClientSecret,
  };
}

/** An admin-created user with a permanent password (CONFIRMED, no invitation sent). */
export async function createConfirmedUser(
  sdk: CognitoIdentityProviderClient,
  poolId: string,
  user: { username: string; password: string; attributes?: Record<string, string> },
): Promise<void> {
  const attributes = Object.entries(user.attributes ?? {}).map(([Name, Value]) => ({
    Name,
    Value,
  }));
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: user.username,
      UserAttributes: attributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  const permanent = { Password: user.password, Permanent: true };
  await sdk.send(
    new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: user.username, ...permanent }),
  );
}
