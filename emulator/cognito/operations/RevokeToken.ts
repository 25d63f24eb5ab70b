import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { revokeRefreshToken } from '../token-service';
import { clientIdLimit, requireClient } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.RevokeTokenRequest, 'ClientId' | 'Token'>;

/** RevokeToken: revokes a refresh token's family; unknown tokens are ignored (RFC 7009). */
export const RevokeToken = defineOperation<Request, Sdk.RevokeTokenResponse>({
  auth: 'public',
  read: (input) => ({
    ClientId: input.string('ClientId', clientIdLimit),
    Token: input.string('Token', 8192),
  }),
  run: (ctx, r) => {
    const client = requireClient(ctx, r.ClientId);
    if (revokeRefreshToken(ctx, r.Token, client.clientId) === 'otherClient')
      throw new CognitoError('UnauthorizedException', 'Token was not issued to this client.');
    return {};
  },
});
