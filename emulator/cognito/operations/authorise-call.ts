import type { IncomingHttpHeaders } from 'node:http';
import { CognitoError, messages } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { verifyAccessToken } from '../token-service';
import type { JsonInput } from './json-input';
import type { OperationAuth } from './operation';
import { checkSignatureShape } from './check-signature-shape';

/**
 * Before the body is read: an `iam` call must carry a well-formed SigV4 Authorization header
 * (`checkSignatureShape`: everything but the HMAC, which needs the caller's secret).
 */
export function checkCredentials(auth: OperationAuth, headers: IncomingHttpHeaders): void {
  if (auth === 'iam') checkSignatureShape(headers);
}

/**
 * After the body is parsed, before the operation reads its own members: the pool an `iam` call
 * acts on must be this one; an `accessToken` call must carry a live access token with the admin
 * scope (hosted-UI tokens only have it when asked for). Returns that token's user.
 */
export function resolveCaller(
  ctx: PoolContext,
  auth: OperationAuth,
  input: JsonInput,
): UserRecord | undefined {
  if (auth === 'iam') {
    const id = input.string('UserPoolId', 55);
    if (id !== ctx.config.userPoolId)
      throw new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`);
    return undefined;
  }
  if (auth === 'accessToken') return callerOfAccessToken(ctx, input.string('AccessToken', 8192));
  return undefined;
}

/** The user of a live access token that carries the admin scope (else NotAuthorizedException). */
export function callerOfAccessToken(ctx: PoolContext, token: string): UserRecord {
  const verified = verifyAccessToken(ctx, token);
  const scopes = String(verified.claims.scope ?? '').split(' ');
  if (!scopes.includes('aws.cognito.signin.user.admin'))
    throw new CognitoError('NotAuthorizedException', messages.accessScopes);
  return verified.user;
}
