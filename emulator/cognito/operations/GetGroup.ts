import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { getGroup } from '../groups';
import { readGroupName } from './group-members';
import { defineOperation, type Checked } from './operation';

/** GetGroup: the group's details (ResourceNotFoundException for an unknown name). */
export const GetGroup = defineOperation<
  Checked<Sdk.GetGroupRequest, 'GroupName'>,
  Sdk.GetGroupResponse
>({
  auth: 'iam',
  read: readGroupName,
  run: (ctx, r) => getGroup(ctx, r.GroupName),
});
