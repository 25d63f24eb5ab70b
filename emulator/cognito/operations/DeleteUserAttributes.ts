import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { deleteUserAttributes } from '../user-attribute-updates';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.DeleteUserAttributesRequest, 'UserAttributeNames'>;

/** DeleteUserAttributes: the caller's own optional attributes. */
export const DeleteUserAttributes = defineOperation<Request, EmptyResponse, 'accessToken'>({
  auth: 'accessToken',
  read: (input) => ({ UserAttributeNames: input.stringList('UserAttributeNames', 50) }),
  run: (ctx, r, caller) => (deleteUserAttributes(ctx, caller, r.UserAttributeNames, 'self'), {}),
});
