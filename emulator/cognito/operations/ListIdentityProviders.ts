import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import { identityProviderSummary } from '../federation/describe-identity-provider';
import { pageOf } from '../paging';
import { defineOperation } from './operation';

type Request = { MaxResults?: number | undefined; NextToken?: string | undefined };
type Response = Sdk.ListIdentityProvidersResponse;

/** ListIdentityProviders: the pool's federated providers in definition order, 1-60 per page. */
export const ListIdentityProviders = defineOperation<Request, Response, 'iam'>({
  auth: 'iam',
  read: (input) => ({
    MaxResults: input.optionalNumber('MaxResults'),
    NextToken: input.optionalString('NextToken', 1024),
  }),
  run: (ctx, r) => {
    if (r.MaxResults !== undefined && (!Number.isInteger(r.MaxResults) || r.MaxResults < 1))
      throw new CognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
      );
    const { items, next } = pageOf(
      ctx.config.identityProviders ?? [],
      { limit: r.MaxResults, token: r.NextToken },
      { member: 'maxResults', max: 60, tokenMember: 'NextToken' },
    );
    return {
      Providers: items.map(identityProviderSummary),
      ...(next === undefined ? {} : { NextToken: next }),
    };
  },
});
