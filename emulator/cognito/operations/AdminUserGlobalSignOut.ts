import type {
  AdminUserGlobalSignOutRequest,
  AdminUserGlobalSignOutResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { revokeAllFamilies } from '../self-service';
import { readUsername, type UsernameRequest } from './members';
import { defineOperation } from './operation';

/** AdminUserGlobalSignOut: revokes every token family of the named user. */
export const AdminUserGlobalSignOut = defineOperation<
  UsernameRequest<AdminUserGlobalSignOutRequest>,
  AdminUserGlobalSignOutResponse
>({
  auth: 'iam',
  read: readUsername,
  run: (ctx, r) => (revokeAllFamilies(ctx, requireUser(ctx, r.Username).username), {}),
});
