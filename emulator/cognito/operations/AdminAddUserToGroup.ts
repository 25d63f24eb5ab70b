import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminAddUserToGroup } from '../groups';
import { readUserAndGroup } from './group-members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.AdminAddUserToGroupRequest, 'Username' | 'GroupName'>;

/** AdminAddUserToGroup: the group appears in the user's next tokens (`cognito:groups`). */
export const AdminAddUserToGroup = defineOperation<Request, EmptyResponse>({
  auth: 'iam',
  read: readUserAndGroup,
  run: (ctx, r) => (adminAddUserToGroup(ctx, r.Username, r.GroupName), {}),
});
