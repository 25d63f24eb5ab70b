import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { poolSettings } from '../pool-from-request';
import { definePoolManagement, type EmptyResponse } from './operation';
import { readPoolRequest } from './pool-request';

/**
 * UpdateUserPool: as on AWS, the settings it carries replace the pool's, and those it leaves
 * out return to their defaults. Username attributes, aliases, case sensitivity and the schema
 * cannot change after creation (AWS's rule), so they are not read.
 */
export const UpdateUserPool = definePoolManagement<
  Omit<Sdk.UpdateUserPoolRequest, 'UserPoolId'>,
  EmptyResponse
>({
  read: (input) => {
    const { Policies, AutoVerifiedAttributes, AdminCreateUserConfig, MfaConfiguration } =
      readPoolRequest(input);
    return { Policies, AutoVerifiedAttributes, AdminCreateUserConfig, MfaConfiguration };
  },
  run: ({ ctx, pools }, r) => {
    const settings = poolSettings(r);
    pools.update(ctx.config.userPoolId, (c) => ({
      ...c,
      ...settings,
      updatedAt: ctx.clock.now(),
    }));
    return {};
  },
});
