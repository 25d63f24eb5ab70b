import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { describeUserPool } from '../pool-description';
import { poolFromRequest } from '../pool-from-request';
import { resourceIds } from '../resource-ids';
import { readPoolRequest } from './pool-request';
import { defineServiceOperation } from './operation';

/** CreateUserPool: a new pool with its own keys and issuer, served on the emulator's origin. */
export const CreateUserPool = defineServiceOperation<
  Sdk.CreateUserPoolRequest,
  Sdk.CreateUserPoolResponse
>({
  read: (input) => ({ ...readPoolRequest(input), PoolName: input.string('PoolName', 128) }),
  run: async ({ pools }, request) => {
    let userPoolId = resourceIds.poolId(pools.region);
    while (pools.get(userPoolId)) userPoolId = resourceIds.poolId(pools.region);
    const now = pools.primary.clock.now();
    const config = poolFromRequest(
      request,
      { userPoolId, region: pools.region, now },
      pools.primary.config,
    );
    const ctx = await pools.create(config);
    return { UserPool: describeUserPool(ctx.config, 0) };
  },
});
