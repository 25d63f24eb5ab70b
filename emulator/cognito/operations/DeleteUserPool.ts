import { CognitoError } from '../cognito-error';
import { definePoolManagement, type EmptyResponse } from './operation';

/**
 * DeleteUserPool: a pool created through the API, with its users and keys. The product's pool
 * answers as a pool with deletion protection on does (it is built from the pool definition).
 */
export const DeleteUserPool = definePoolManagement<Record<string, never>, EmptyResponse>({
  read: () => ({}),
  run: ({ ctx, pools }) => {
    if (ctx === pools.primary)
      throw new CognitoError(
        'InvalidParameterException',
        'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
      );
    pools.delete(ctx.config.userPoolId);
    return {};
  },
});
