import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { updateGroup } from '../groups';
import { readGroupDetails, readGroupName } from './group-members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<
  Sdk.UpdateGroupRequest,
  'GroupName',
  'Description' | 'Precedence' | 'RoleArn'
>;

/** UpdateGroup: changes the details it names; the others keep their values. */
export const UpdateGroup = defineOperation<Request, Sdk.UpdateGroupResponse>({
  auth: 'iam',
  read: (input) => ({ ...readGroupName(input), ...readGroupDetails(input) }),
  run: (ctx, r) =>
    updateGroup(ctx, r.GroupName, {
      description: r.Description,
      precedence: r.Precedence,
      roleArn: r.RoleArn,
    }),
});
