import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminRemoveUserFromGroup } from '../groups';
import { readUserAndGroup } from './group-members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.AdminRemoveUserFromGroupRequest, 'Username' | 'GroupName'>;

/** AdminRemoveUserFromGroup: the group leaves the user's next tokens. */
export const AdminRemoveUserFromGroup = defineOperation<Request, EmptyResponse>({
  auth: 'iam',
  read: readUserAndGroup,
  run: (ctx, r) => (adminRemoveUserFromGroup(ctx, r.Username, r.GroupName), {}),
});
