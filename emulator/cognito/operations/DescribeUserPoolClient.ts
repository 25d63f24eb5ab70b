import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeUserPoolClient } from '../pool-description';
import { clientIdLimit } from './members';
import { defineOperation, type Checked } from './operation';

/** DescribeUserPoolClient: one app client's settings; unknown ids are ResourceNotFoundException. */
export const DescribeUserPoolClient = defineOperation<
  Checked<Sdk.DescribeUserPoolClientRequest, 'ClientId'>,
  Sdk.DescribeUserPoolClientResponse,
  'iam'
>({
  auth: 'iam',
  read: (input) => ({ ClientId: input.string('ClientId', clientIdLimit) }),
  run: (ctx, r) => ({ UserPoolClient: describeUserPoolClient(ctx.config, r.ClientId) }),
});
