import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { createGroup } from '../groups';
import { readGroupRequest, type GroupRequest } from './group-members';
import { defineOperation } from './operation';

/** CreateGroup: a name and optional description, precedence and IAM role (for tokens). */
export const CreateGroup = defineOperation<
  GroupRequest<Sdk.CreateGroupRequest>,
  Sdk.CreateGroupResponse
>({
  auth: 'iam',
  read: readGroupRequest,
  run: (ctx, r) => createGroup(ctx, r.GroupName, r.details),
});
