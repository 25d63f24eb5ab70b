import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { deleteUserAttributes } from '../user-attribute-updates';
import { usernameLimit } from './members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.AdminDeleteUserAttributesRequest, 'Username' | 'UserAttributeNames'>;

/** AdminDeleteUserAttributes: optional attributes of any user (email_verified: unverifies). */
export const AdminDeleteUserAttributes = defineOperation<Request, EmptyResponse>({
  auth: 'iam',
  read: (input) => ({
    Username: input.string('Username', usernameLimit),
    UserAttributeNames: input.stringList('UserAttributeNames', 50),
  }),
  run: (ctx, r) => {
    deleteUserAttributes(ctx, requireUser(ctx, r.Username), r.UserAttributeNames, 'admin');
    return {};
  },
});
