// The caller of an AWS_IAM method (apiAuth `iam`): API Gateway puts who signed the request in
// `requestContext.identity`, and for identity-pool credentials `cognitoAuthenticationProvider`
// names the user pool login: `{provider},{provider}:CognitoSignIn:{user pool sub}` with
// provider = the issuer without its scheme. The sub is the same data partition as the claims'.
//
// Status choice: a guest (unauthenticated) identity, a login of another user pool or a
// provider string in any other shape → 403: new credentials from the same pool cannot help.
import type { APIGatewayEventIdentity } from 'aws-lambda';
import { ForbiddenError } from '../errors/http-error';

/** `https://cognito-idp.{region}.amazonaws.com/{poolId}` → `cognito-idp.{region}.amazonaws.com/{poolId}`. */
export const providerOfIssuer = (issuer: string): string => issuer.replace(/^https?:\/\//, '');

/** The user pool sub of an identity-pool caller, or throws 403. */
export function subFromIamIdentity(
  identity: Partial<APIGatewayEventIdentity>,
  expectedIssuer: string,
  subPattern: RegExp,
): string {
  if (identity.cognitoAuthenticationType !== 'authenticated')
    throw new ForbiddenError('Sign in to use this API.');
  const provider = providerOfIssuer(expectedIssuer);
  const parts = String(identity.cognitoAuthenticationProvider ?? '').split(',');
  const marker = `${provider}:CognitoSignIn:`;
  const login = parts[1] ?? '';
  const sub = login.slice(marker.length);
  if (
    parts.length !== 2 ||
    parts[0] !== provider ||
    !login.startsWith(marker) ||
    !subPattern.test(sub)
  )
    throw new ForbiddenError('These credentials belong to another user pool.');
  return sub;
}
