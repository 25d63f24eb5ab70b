import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from './cognito-error';
import type { PoolConfig } from './pool-config';

/** A resource server as DescribeResourceServer and ListResourceServers answer it. */
export function describeResourceServer(
  config: PoolConfig,
  identifier: string,
): Sdk.ResourceServerType {
  const server = (config.resourceServers ?? []).find((s) => s.identifier === identifier);
  if (!server)
    throw new CognitoError(
      'ResourceNotFoundException',
      `Resource server ${identifier.slice(0, 256)} does not exist.`,
    );
  return {
    UserPoolId: config.userPoolId,
    Identifier: server.identifier,
    Name: server.name,
    Scopes: server.scopes.map((s) => ({ ScopeName: s.name, ScopeDescription: s.description })),
  };
}
