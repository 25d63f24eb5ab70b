import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { createGroup } from '../groups';
import { readGroupDetails } from './group-members';
import { groupNameLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  Sdk.CreateGroupRequest,
  'GroupName',
  'Description' | 'Precedence' | 'RoleArn'
>;

/** CreateGroup: a name and optional description, precedence and IAM role (for tokens). */
export const CreateGroup = defineOperation<Request, Sdk.CreateGroupResponse>({
  auth: 'iam',
  read: (input) => ({
    GroupName: input.string('GroupName', groupNameLimit),
    ...readGroupDetails(input),
  }),
  run: (ctx, r) =>
    createGroup(ctx, r.GroupName, {
      description: r.Description,
      precedence: r.Precedence,
      roleArn: r.RoleArn,
    }),
});
