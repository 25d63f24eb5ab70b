import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { updateUserAttributes } from '../user-attribute-updates';
import { usernameLimit, type WithAttributes } from './members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = WithAttributes<
  Checked<Sdk.AdminUpdateUserAttributesRequest, 'Username' | 'UserAttributes'>
>;

/** AdminUpdateUserAttributes: may also mark email verified (`email_verified`). */
export const AdminUpdateUserAttributes = defineOperation<Request, EmptyResponse>({
  auth: 'iam',
  read: (input) => ({
    Username: input.string('Username', usernameLimit),
    UserAttributes: input.requiredAttributes('UserAttributes'),
  }),
  run: async (ctx, r) => {
    await updateUserAttributes(ctx, requireUser(ctx, r.Username), r.UserAttributes ?? [], 'admin');
    return {};
  },
});
