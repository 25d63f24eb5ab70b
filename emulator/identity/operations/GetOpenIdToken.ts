import type { GetOpenIdTokenResponse } from '@aws-sdk/client-cognito-identity';
import { signJwt } from '../../cognito/jwt';
import { readId, readLogins } from '../identity-input';
import { authenticatedIdentity } from './authenticated-identity';
import { defineIdentityOperation } from './identity-operation';

/** The basic flow's OpenID token (10 minutes), with the claims a role trust policy tests. */
export default defineIdentityOperation<
  { IdentityId: string; Logins: Record<string, string> },
  GetOpenIdTokenResponse
>({
  auth: 'public',
  read: (_ctx, input) => ({ IdentityId: readId(input, 'IdentityId'), Logins: readLogins(input) }),
  run(ctx, { IdentityId, Logins }) {
    const sub = authenticatedIdentity(ctx, IdentityId, Logins);
    const iat = Math.floor(ctx.clock.now() / 1000);
    const key = ctx.openIdKey();
    const Token = signJwt(
      {
        sub: IdentityId,
        aud: ctx.identityPoolId,
        amr: ['authenticated', ctx.providerName, `${ctx.providerName}:CognitoSignIn:${sub}`],
        iss: 'https://cognito-identity.amazonaws.com',
        exp: iat + 600,
        iat,
      },
      key.kid,
      key.privateKey,
    );
    return { IdentityId, Token };
  },
});
