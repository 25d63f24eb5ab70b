import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { deleteGroup } from '../groups';
import { readGroupName } from './group-members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

/** DeleteGroup: the group and its memberships go; members' next tokens no longer name it. */
export const DeleteGroup = defineOperation<
  Checked<Sdk.DeleteGroupRequest, 'GroupName'>,
  EmptyResponse
>({
  auth: 'iam',
  read: readGroupName,
  run: (ctx, r) => (deleteGroup(ctx, r.GroupName), {}),
});
