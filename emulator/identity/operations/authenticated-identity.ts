import { CognitoError } from '../../cognito/cognito-error';
import { loginMessages, subOfLogins } from '../check-logins';
import type { IdentityPoolContext } from '../identity-pool-context';

/**
 * The sub of an existing identity whose own login is presented: an unknown identity is not
 * found, one asked for without logins is forbidden, logins of another user do not match.
 */
export function authenticatedIdentity(
  ctx: IdentityPoolContext,
  identityId: string,
  logins: Record<string, string>,
): string {
  const sub = ctx.records.subOf(identityId);
  if (sub === undefined)
    throw new CognitoError('ResourceNotFoundException', `Identity '${identityId}' not found.`);
  if (Object.keys(logins).length === 0)
    throw new CognitoError(
      'NotAuthorizedException',
      `Access to Identity '${identityId}' is forbidden.`,
    );
  if (subOfLogins(ctx, logins) !== sub)
    throw new CognitoError('NotAuthorizedException', loginMessages.noMatch);
  return sub;
}
