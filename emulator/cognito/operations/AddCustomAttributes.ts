import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError, missingParameter } from '../cognito-error';
import { withCustomAttributes } from '../schema-from-request';
import { definePoolManagement, type EmptyResponse } from './operation';

/** AddCustomAttributes: 1-25 new `custom:` attributes; existing ones never change. */
export const AddCustomAttributes = definePoolManagement<
  { CustomAttributes: Sdk.SchemaAttributeType[] },
  EmptyResponse
>({
  read: (input) => {
    const list = input.structure<Sdk.SchemaAttributeType[]>('CustomAttributes', 'list');
    if (!list) throw missingParameter('customAttributes');
    if (list.length < 1 || list.length > 25)
      throw new CognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value at 'customAttributes' failed to satisfy constraint: Member must have length less than or equal to 25",
      );
    return { CustomAttributes: list };
  },
  run: ({ ctx, pools }, r) => {
    const customAttributes = withCustomAttributes(
      ctx.config.customAttributes ?? [],
      r.CustomAttributes,
    );
    pools.update(ctx.config.userPoolId, (c) => ({
      ...c,
      customAttributes,
      updatedAt: ctx.clock.now(),
    }));
    return {};
  },
});
