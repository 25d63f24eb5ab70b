import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { listGroups } from '../groups';
import { readListPaging } from './group-members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.ListGroupsRequest, never, 'Limit' | 'NextToken'>;

/** ListGroups: every group, in creation order, up to 60 a page. */
export const ListGroups = defineOperation<Request, Sdk.ListGroupsResponse>({
  auth: 'iam',
  read: readListPaging,
  run: (ctx, r) => listGroups(ctx, { limit: r.Limit, nextToken: r.NextToken }),
});
