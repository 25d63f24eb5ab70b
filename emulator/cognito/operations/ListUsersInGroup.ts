import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { listUsersInGroup } from '../groups';
import { readGroupName, readListPaging } from './group-members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.ListUsersInGroupRequest, 'GroupName', 'Limit' | 'NextToken'>;

/** ListUsersInGroup: the members, oldest account first, up to 60 a page. */
export const ListUsersInGroup = defineOperation<Request, Sdk.ListUsersInGroupResponse>({
  auth: 'iam',
  read: (input) => ({ ...readGroupName(input), ...readListPaging(input) }),
  run: (ctx, r) => listUsersInGroup(ctx, r.GroupName, { limit: r.Limit, nextToken: r.NextToken }),
});
