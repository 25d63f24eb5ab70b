import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminLinkProvider, type ProviderUser } from '../federation/provider-links';
import { defineOperation } from './operation';
import { readProviderUser } from './provider-user';

interface Request {
  readonly destination: ProviderUser;
  readonly source: ProviderUser;
}

/**
 * AdminLinkProviderForUser: a federated identity that has not signed in yet signs in, from now
 * on, as the destination user (its username, sub and data).
 */
export const AdminLinkProviderForUser = defineOperation<
  Request,
  Sdk.AdminLinkProviderForUserResponse,
  'iam'
>({
  auth: 'iam',
  read: (input) => ({
    destination: readProviderUser(input, 'DestinationUser'),
    source: readProviderUser(input, 'SourceUser'),
  }),
  run: (ctx, r) => (adminLinkProvider(ctx, r.destination, r.source), {}),
});
