import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { deleteUserAttributes } from '../user-attribute-updates';
import { clientOfAccessToken } from './members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.DeleteUserAttributesRequest, 'AccessToken' | 'UserAttributeNames'>;

/** DeleteUserAttributes: the caller's own optional attributes, as its client may write them. */
export const DeleteUserAttributes = defineOperation<Request, EmptyResponse, 'accessToken'>({
  auth: 'accessToken',
  read: (input) => ({
    AccessToken: input.string('AccessToken', 8192),
    UserAttributeNames: input.stringList('UserAttributeNames', 50),
  }),
  run: (ctx, r, caller) => {
    const client = clientOfAccessToken(ctx, r.AccessToken);
    deleteUserAttributes(ctx, caller, r.UserAttributeNames, { client });
    return {};
  },
});
