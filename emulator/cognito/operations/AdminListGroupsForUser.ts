import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminListGroupsForUser } from '../groups';
import { readListPaging } from './group-members';
import { usernameLimit } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.AdminListGroupsForUserRequest, 'Username', 'Limit' | 'NextToken'>;

/** AdminListGroupsForUser: the user's groups in token order (precedence first). */
export const AdminListGroupsForUser = defineOperation<Request, Sdk.AdminListGroupsForUserResponse>({
  auth: 'iam',
  read: (input) => ({
    Username: input.string('Username', usernameLimit),
    ...readListPaging(input),
  }),
  run: (ctx, r) =>
    adminListGroupsForUser(ctx, r.Username, { limit: r.Limit, nextToken: r.NextToken }),
});
