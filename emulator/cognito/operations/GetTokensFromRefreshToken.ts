import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { sameSecret } from '../client-secret';
import { refreshTokens } from '../token-service';
import { clientIdLimit, requireClient } from './members';
import { defineOperation, type Checked } from './operation';
import { refreshError } from './sign-in-results';

type Request = Checked<
  Sdk.GetTokensFromRefreshTokenRequest,
  'RefreshToken' | 'ClientId',
  'ClientSecret' | 'DeviceKey' | 'ClientMetadata'
>;

/**
 * GetTokensFromRefreshToken: the refresh of a rotating client (and of any other). New ID and
 * access tokens with JSON-API scopes; a new RefreshToken only when the client rotates.
 */
export const GetTokensFromRefreshToken = defineOperation<
  Request,
  Sdk.GetTokensFromRefreshTokenResponse
>({
  auth: 'public',
  read: (input) => {
    const ClientSecret = input.optionalString('ClientSecret', 256);
    const DeviceKey = input.optionalString('DeviceKey', 55);
    return {
      RefreshToken: input.string('RefreshToken', 8192),
      ClientId: input.string('ClientId', clientIdLimit),
      ...(ClientSecret === undefined ? {} : { ClientSecret }),
      ...(DeviceKey === undefined ? {} : { DeviceKey }),
      ClientMetadata: input.stringMap('ClientMetadata'),
    };
  },
  run: async (ctx, r) => {
    const client = requireClient(ctx, r.ClientId);
    // The secret itself, not a SECRET_HASH (cognito-extensions §3.2).
    if (
      client.clientSecret !== undefined &&
      (r.ClientSecret === undefined || !sameSecret(r.ClientSecret, client.clientSecret))
    )
      throw new CognitoError(
        'NotAuthorizedException',
        `Unable to verify secret hash for client ${client.clientId}`,
      );
    // Device tracking is not emulated: no device is ever remembered, so a DeviceKey names none.
    if (r.DeviceKey !== undefined)
      throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
    const refreshed = await refreshTokens(ctx, r.RefreshToken, client);
    if (!refreshed.ok) throw refreshError(refreshed.reason);
    const t = refreshed.tokens;
    return {
      AuthenticationResult: {
        AccessToken: t.accessToken,
        ExpiresIn: t.expiresIn,
        TokenType: 'Bearer',
        IdToken: t.idToken,
        ...(t.refreshToken === undefined ? {} : { RefreshToken: t.refreshToken }),
      },
    };
  },
});
