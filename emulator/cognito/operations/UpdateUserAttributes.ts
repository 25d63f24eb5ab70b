import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { updateUserAttributes } from '../user-attribute-updates';
import { clientOfAccessToken, type WithAttributes } from './members';
import { defineOperation, type Checked } from './operation';

type Request = WithAttributes<
  Checked<Sdk.UpdateUserAttributesRequest, 'AccessToken' | 'UserAttributes'>
>;

/** UpdateUserAttributes: the caller's own attributes; a changed email gets a mailed code. */
export const UpdateUserAttributes = defineOperation<
  Request,
  Sdk.UpdateUserAttributesResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: (input) => ({
    AccessToken: input.string('AccessToken', 8192),
    UserAttributes: input.requiredAttributes('UserAttributes'),
  }),
  run: (ctx, r, caller) =>
    updateUserAttributes(ctx, caller, r.UserAttributes ?? [], {
      client: clientOfAccessToken(ctx, r.AccessToken),
    }),
});
