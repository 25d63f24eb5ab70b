import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminDisableProvider, type ProviderUser } from '../federation/provider-links';
import { defineOperation } from './operation';
import { readProviderUser } from './provider-user';

/**
 * AdminDisableProviderForUser: unlinks a linked identity, or disables the federated user an
 * identity signed in as (provider-links.ts).
 */
export const AdminDisableProviderForUser = defineOperation<
  { readonly user: ProviderUser },
  Sdk.AdminDisableProviderForUserResponse,
  'iam'
>({
  auth: 'iam',
  read: (input) => ({ user: readProviderUser(input, 'User') }),
  run: (ctx, r) => (adminDisableProvider(ctx, r.user), {}),
});
