import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { updateGroup } from '../groups';
import { readGroupRequest, type GroupRequest } from './group-members';
import { defineOperation } from './operation';

/** UpdateGroup: changes the details it names; the others keep their values. */
export const UpdateGroup = defineOperation<
  GroupRequest<Sdk.UpdateGroupRequest>,
  Sdk.UpdateGroupResponse
>({
  auth: 'iam',
  read: readGroupRequest,
  run: (ctx, r) => updateGroup(ctx, r.GroupName, r.details),
});
