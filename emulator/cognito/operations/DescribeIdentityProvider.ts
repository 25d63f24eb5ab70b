import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeIdentityProvider } from '../federation/describe-identity-provider';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.DescribeIdentityProviderRequest, 'ProviderName'>;
type Response = Sdk.DescribeIdentityProviderResponse;

/** DescribeIdentityProvider: one federated provider of the pool, without its client secret. */
export const DescribeIdentityProvider = defineOperation<Request, Response, 'iam'>({
  auth: 'iam',
  read: (input) => ({ ProviderName: input.string('ProviderName', 32) }),
  run: (ctx, r) => ({ IdentityProvider: describeIdentityProvider(ctx.config, r.ProviderName) }),
});
