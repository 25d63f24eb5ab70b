import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { createGroup } from '../admin-users';
import { groupNameLimit } from './members';
import { defineOperation, type Checked } from './operation';

/** CreateGroup: a name only (no precedence, role or description are emulated). */
export const CreateGroup = defineOperation<
  Checked<Sdk.CreateGroupRequest, 'GroupName'>,
  Sdk.CreateGroupResponse
>({
  auth: 'iam',
  read: (input) => ({ GroupName: input.string('GroupName', groupNameLimit) }),
  run: (ctx, r) => createGroup(ctx, r.GroupName),
});
