import type { GetIdentityPoolRolesResponse } from '@aws-sdk/client-cognito-identity';
import { readPool } from '../identity-input';
import { defineIdentityOperation } from './identity-operation';

/** The authenticated role only (guests are off, so there is no unauthenticated one). */
export default defineIdentityOperation<null, GetIdentityPoolRolesResponse>({
  auth: 'iam',
  read: (ctx, input) => (readPool(ctx, input), null),
  run: (ctx) => ({ IdentityPoolId: ctx.identityPoolId, Roles: { authenticated: ctx.roleArn } }),
});
