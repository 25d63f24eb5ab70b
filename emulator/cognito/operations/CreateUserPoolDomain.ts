import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { definePoolManagement, type Checked } from './operation';

const prefix = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * CreateUserPoolDomain: records a prefix domain. Every pool's hosted UI is served on the
 * emulator's one origin (the pool is found from client_id), so the name only has to be unique.
 */
export const CreateUserPoolDomain = definePoolManagement<
  Checked<Sdk.CreateUserPoolDomainRequest, 'Domain'>,
  Sdk.CreateUserPoolDomainResponse
>({
  read: (input) => ({ Domain: input.string('Domain', 63) }),
  run: ({ ctx, pools }, r) => {
    if (!prefix.test(r.Domain))
      throw new CognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$",
      );
    if (ctx.config.domainPrefix !== undefined)
      throw new CognitoError(
        'InvalidParameterException',
        'User pool already has a domain configured.',
      );
    if (pools.list().some((p) => p.config.domainPrefix === r.Domain))
      throw new CognitoError(
        'InvalidParameterException',
        'Domain already associated with another user pool.',
      );
    pools.update(ctx.config.userPoolId, (c) => ({ ...c, domainPrefix: r.Domain }));
    return { ManagedLoginVersion: 1 };
  },
});
