import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeUserPool } from '../pool-description';
import { defineOperation } from './operation';

/** DescribeUserPool: the pool's settings as AWS answers them (the pool id is checked by `iam`). */
export const DescribeUserPool = defineOperation<
  Record<string, never>,
  Sdk.DescribeUserPoolResponse,
  'iam'
>({
  auth: 'iam',
  read: () => ({}),
  run: (ctx) => ({ UserPool: describeUserPool(ctx.config, ctx.repo.users().length) }),
});
