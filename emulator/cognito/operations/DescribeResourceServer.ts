import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeResourceServer } from '../resource-servers';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.DescribeResourceServerRequest, 'Identifier'>;
type Response = Sdk.DescribeResourceServerResponse;

/** DescribeResourceServer: one resource server of the pool (from its definition) and its scopes. */
export const DescribeResourceServer = defineOperation<Request, Response, 'iam'>({
  auth: 'iam',
  read: (input) => ({ Identifier: input.string('Identifier', 256) }),
  run: (ctx, r) => ({ ResourceServer: describeResourceServer(ctx.config, r.Identifier) }),
});
