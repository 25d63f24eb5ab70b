import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { updateUserAttributes } from '../user-attribute-updates';
import type { WithAttributes } from './members';
import { defineOperation, type Checked } from './operation';

type Request = WithAttributes<Checked<Sdk.UpdateUserAttributesRequest, 'UserAttributes'>>;

/** UpdateUserAttributes: the caller's own attributes; a changed email gets a mailed code. */
export const UpdateUserAttributes = defineOperation<
  Request,
  Sdk.UpdateUserAttributesResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: (input) => ({ UserAttributes: input.requiredAttributes('UserAttributes') }),
  run: (ctx, r, caller) => updateUserAttributes(ctx, caller, r.UserAttributes ?? [], 'self'),
});
