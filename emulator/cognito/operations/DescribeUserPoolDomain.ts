import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { defineServiceOperation, type Checked } from './operation';

/** DescribeUserPoolDomain: `{}` for an unknown prefix (as AWS answers), else the pool it serves. */
export const DescribeUserPoolDomain = defineServiceOperation<
  Checked<Sdk.DescribeUserPoolDomainRequest, 'Domain'>,
  Sdk.DescribeUserPoolDomainResponse
>({
  read: (input) => ({ Domain: input.string('Domain', 63) }),
  run: ({ pools }, r) => {
    const ctx = pools.list().find((p) => p.config.domainPrefix === r.Domain);
    if (!ctx) return { DomainDescription: {} };
    return {
      DomainDescription: {
        UserPoolId: ctx.config.userPoolId,
        AWSAccountId: '000000000000',
        Domain: r.Domain,
        // Not a CloudFront distribution: the emulator's own origin serves every pool.
        CloudFrontDistribution: new URL(ctx.config.domain).host,
        Version: '1',
        Status: 'ACTIVE',
        ManagedLoginVersion: 1,
      },
    };
  },
});
